import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cycleSample } from './cycleSample';

const trace = (...times: number[]) => ({ steps: times.map((time) => ({ time })) });

describe('cycleSample', () => {
  it('takes last minus first firing of each case, sorted', () => {
    expect(cycleSample([trace(10, 15, 40), trace(0, 5), trace(7, 3, 9)])).toEqual({
      values: [5, 6, 30],
      weight: 1,
    });
  });

  it('skips empty traces', () => {
    expect(cycleSample([trace(), trace(1, 2)]).values).toEqual([1]);
  });

  it('thins to the sample size, keeping total weight and order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (cycles, size) => {
          const s = cycleSample(
            cycles.map((c) => trace(0, c)),
            size,
          );
          expect(s.values.length).toBe(Math.min(size, cycles.length));
          expect(s.values.length * s.weight).toBeCloseTo(cycles.length, 6);
          for (let i = 1; i < s.values.length; i++)
            expect(s.values[i]!).toBeGreaterThanOrEqual(s.values[i - 1]!);
          expect(s.values[0]!).toBeGreaterThanOrEqual(Math.min(...cycles));
          expect(s.values.at(-1)!).toBeLessThanOrEqual(Math.max(...cycles));
        },
      ),
    );
  });
});
