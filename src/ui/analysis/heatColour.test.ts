import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heatColour, heatShare, maxFiniteWait, waitAtShare } from './heatColour';

const hue = (c: string) => Number(/^hsl\((\d+) /.exec(c)![1]);

describe('heatColour', () => {
  it('goes from green when idle to red when fully busy, and stays red beyond', () => {
    expect(hue(heatColour(0))).toBe(130);
    expect(hue(heatColour(1))).toBe(0);
    expect(heatColour(3)).toBe(heatColour(1));
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
  });
  it('never gets cooler as the share grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(hue(heatColour(hi))).toBeLessThanOrEqual(hue(heatColour(lo)));
        },
      ),
    );
  });
});

describe('heatShare', () => {
  it('takes utilisation as it is and waits on a log scale up to the longest wait', () => {
    expect(heatShare('utilization', 0.91, 50)).toBe(0.91);
    expect(heatShare('wait', 0, 100)).toBe(0);
    expect(heatShare('wait', 100, 100)).toBe(1);
    // An hour and a half against a 36-hour timer is still clearly coloured.
    expect(heatShare('wait', 97.7, 2160)).toBeGreaterThan(0.5);
    expect(heatShare('wait', 25, 0)).toBe(0);
  });
  it('has waitAtShare as its inverse for waits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (w, max) => {
          expect(waitAtShare(heatShare('wait', w, max), max)).toBeCloseTo(w, 6);
        },
      ),
    );
  });
  it('puts unbounded values at the top of the scale', () => {
    expect(heatShare('utilization', Infinity, 0)).toBe(1);
    expect(heatShare('wait', Infinity, 10)).toBe(1);
  });
});

describe('maxFiniteWait', () => {
  it('ignores unbounded and missing waits', () => {
    expect(maxFiniteWait([3, undefined, Infinity, 7, 1])).toBe(7);
    expect(maxFiniteWait([])).toBe(0);
  });
});
