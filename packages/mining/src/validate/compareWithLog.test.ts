import { describe, expect, it } from 'vitest';
import { compareWithLog } from './compareWithLog';
import type { LogKpis } from './logKpis';

/** Key figures with a mean cycle time of `mean` minutes (the rest fixed and equal). */
function kpis(mean: number): LogKpis {
  return {
    cases: 1000,
    cycle: { mean, median: 100, p90: 200 },
    spanMinutes: 10_000,
    throughputPerHour: 6,
    hasStart: true,
    activities: {},
    roles: {},
  };
}

const cycleMean = (log: number, runs: number[]) =>
  compareWithLog(kpis(log), runs.map(kpis)).rows.find((r) => r.metric === 'cycleMean')!;

describe('compareWithLog over several runs', () => {
  it("passes a figure beyond its tolerance inside the runs' prediction interval (Student's t)", () => {
    // Runs 125–145 (mean 135, sd 7.9): t(4) = 2.776 gives 111–159; a flat 2 gave 118–152.
    const row = cycleMean(114, [125, 130, 135, 140, 145]);
    expect(Math.abs(row.error)).toBeGreaterThan(0.1);
    expect(row.band![0]).toBeCloseTo(135 - 2.7764 * Math.sqrt(62.5) * Math.sqrt(1.2), 6);
    expect(row.pass).toBe(true);
  });

  it('fails it outside the interval', () => {
    expect(cycleMean(100, [125, 130, 135, 140, 145]).pass).toBe(false);
  });

  it('judges nothing by a band wider than ±50 % of the runs: they are unstable', () => {
    // A queue near saturation: the runs give 60 to 400; the log's 100 is inside that band.
    const row = cycleMean(100, [60, 120, 200, 300, 400]);
    expect(row.band![0]).toBeLessThan(100);
    expect(row.error).toBeGreaterThan(0.5);
    expect(row.pass).toBe(false);
  });
});
