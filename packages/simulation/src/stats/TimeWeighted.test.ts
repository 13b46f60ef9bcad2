import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { TimeWeighted } from './TimeWeighted';

describe('TimeWeighted', () => {
  it('SIM-STAT-7 bins hold the time-average of a step signal, and their total area is the whole area', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: -3, max: 3 })),
          { maxLength: 60 },
        ),
        (steps) => {
          const tw = new TimeWeighted(1, 8, 1);
          tw.startWindow(0);
          let t = 0;
          let v = 0;
          let area = 0;
          for (const [dt, dv] of steps) {
            area += v * dt;
            t += dt;
            tw.change(0, dv, t);
            v += dv;
          }
          tw.advance(0, t + 1);
          area += v;
          const s = tw.series(0, t + 1);
          const binned = s.values.reduce(
            (sum, x, b) => sum + x * Math.min(s.binWidth, t + 1 - b * s.binWidth),
            0,
          );
          expect(tw.area[0]).toBeCloseTo(area, 6);
          expect(binned).toBeCloseTo(area, 6);
          expect(s.values.length).toBeLessThanOrEqual(8);
        },
      ),
    );
  });

  it('counts area and maximum only inside the measurement window', () => {
    const tw = new TimeWeighted(1, 10, 1);
    tw.change(0, 5, 0);
    tw.startWindow(2);
    tw.windowEnd = 6;
    tw.change(0, -4, 4);
    tw.change(0, 9, 8);
    tw.advance(0, 10);
    expect(tw.area[0]).toBe(5 * 2 + 1 * 2);
    expect(tw.max[0]).toBe(5);
    expect(tw.series(0, 10).values).toEqual([5, 5, 5, 5, 1, 1, 1, 1, 10, 10]);
  });
});
