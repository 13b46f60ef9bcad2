import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { quantile } from './quantile';
import { selectQuantile } from './selectQuantile';

describe('selectQuantile', () => {
  it('SIM-STAT-3 equals the quantile of the sorted sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const sorted = Float64Array.from(xs).sort();
          expect(selectQuantile(Float64Array.from(xs), p)).toBeCloseTo(quantile(sorted, p), 6);
        },
      ),
    );
    expect(selectQuantile(new Float64Array(0), 0.5)).toBeNaN();
    expect(selectQuantile(Float64Array.from([3, 3, 3, 3]), 0.9)).toBe(3);
  });
});
