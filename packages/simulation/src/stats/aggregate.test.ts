import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runReplicationSync } from '../runReplication';
import { aggregate } from './aggregate';
import { averageSeries } from './averageSeries';
import { compareResults } from './compareResults';
import { estimate } from './estimate';
import { quantile } from './quantile';
import { studentT975 } from '@flowsmith/model';

describe('statistics', () => {
  it('SIM-STAT-1 Student t 97.5 % quantiles: table values and the large-df expansion', () => {
    expect(studentT975(1)).toBeCloseTo(12.706, 3);
    expect(studentT975(9)).toBeCloseTo(2.262, 3);
    expect(studentT975(40)).toBeCloseTo(2.0211, 3);
    expect(studentT975(120)).toBeCloseTo(1.9799, 3);
    expect(studentT975(0)).toBeNaN();
  });

  it('SIM-STAT-2 a confidence interval is mean ± t · sd / √n', () => {
    const e = estimate([1, 2, 3, 4]);
    expect(e.mean).toBe(2.5);
    expect(e.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(e.halfWidth).toBeCloseTo((3.1824 * Math.sqrt(5 / 3)) / 2, 4);
    expect(estimate([7])).toMatchObject({ mean: 7, halfWidth: 0, n: 1 });
  });

  it('SIM-STAT-3 quantiles interpolate between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.9)).toBe(19);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('SIM-STAT-4 series of different bin widths are merged to the widest before averaging', () => {
    const s = averageSeries([
      { binWidth: 1, values: [1, 3, 5, 7] },
      { binWidth: 2, values: [4, 8] },
    ]);
    expect(s).toEqual({ binWidth: 2, values: [3, 7] });
  });

  it('SIM-STAT-5 aggregation does not depend on the order results arrive in', () => {
    const reps = [0, 1, 2].map((i) => runReplicationSync(gallery.mm1, { cases: 500 }, i));
    expect(aggregate([reps[2]!, reps[0]!, reps[1]!])).toEqual(aggregate(reps));
    expect(aggregate(reps).cases).toBe(1500);
  });

  it('SIM-STAT-6 paired comparison with common random numbers is narrower than the separate intervals', () => {
    const asIs = [0, 1, 2, 3, 4].map((i) =>
      runReplicationSync(gallery.mm1, { cases: 2000, seed: 8 }, i),
    );
    const toBe = [0, 1, 2, 3, 4].map((i) =>
      runReplicationSync(
        gallery.mm1,
        { cases: 2000, seed: 8, overrides: { capacity: { clerk: 2 } } },
        i,
      ),
    );
    const c = compareResults(asIs, toBe);
    const d = c.metrics['cycleTime.mean']!;
    expect(d.significant).toBe(true);
    expect(d.delta.mean).toBeCloseTo(d.toBe - d.asIs, 9);
    expect(c.metrics['steps.serve.serviceMean']!.delta.halfWidth).toBeCloseTo(0, 9);
    expect(c.metrics['waitingTime']!.delta.halfWidth).toBeLessThan(
      c.asIs.metrics['waitingTime']!.halfWidth + c.toBe.metrics['waitingTime']!.halfWidth,
    );
    expect(c.pairs).toBe(5);
  });
});
