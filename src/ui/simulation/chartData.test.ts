import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import {
  aggregate,
  prepareSimulation,
  runReplicationSync,
  type SimulationSummary,
} from '@flowsmith/simulation';
import { histogramData, niceStep, overTimeData, utilizationData } from './chartData';

function summaryOf(doc = gallery.tandem2, cases = 300): SimulationSummary {
  const plan = prepareSimulation(doc, { cases, replications: 2, seed: 7 });
  return aggregate([0, 1].map((i) => runReplicationSync(plan, undefined, i)));
}

describe('histogramData', () => {
  it('puts every case in a bin: shares add up to 100 % per slot', () => {
    const a = [{ values: [1, 2, 3, 50, 400], weight: 2 }];
    const b = [{ values: [10, 20], weight: 1 }];
    const { rows } = histogramData([a, b], 10);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(20);
    const sum = (k: 's0' | 's1') => rows.reduce((acc, r) => acc + r[k], 0);
    expect(sum('s0')).toBeCloseTo(100, 0);
    expect(sum('s1')).toBeCloseTo(100, 0);
  });

  it('shares bins between slots and picks a readable unit', () => {
    const { unit, rows } = histogramData(
      [[{ values: [600, 1200, 2400], weight: 1 }], [{ values: [60], weight: 1 }]],
      4,
    );
    expect(unit).toBe('h');
    expect(rows[0]!.from).toBe(0);
    expect(rows.at(-1)!.to).toBe(40);
  });

  it('survives no cases at all', () => {
    const { rows } = histogramData([[]], 5);
    expect(rows.every((r) => r.s0 === 0)).toBe(true);
  });
});

describe('niceStep', () => {
  it('rounds a bin width up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.0423, 0.3, 1, 2.2, 4, 7, 12, 0, NaN].map(niceStep)).toEqual([
      0.05, 0.5, 1, 2.5, 5, 10, 20, 1, 1,
    ]);
  });
});

describe('utilizationData', () => {
  it('lists roles of both slots, first slot order first, in percent', () => {
    const s = summaryOf();
    const other = { ...s, roles: { extra: { ...Object.values(s.roles)[0]!, utilization: 0.5 } } };
    const names: Array<Record<string, string>> = [{ a: 'A', b: 'B' }, { extra: 'Extra' }];
    const rows = utilizationData([s, other], names);
    expect(rows.map((r) => r.role)).toEqual([
      ...Object.keys(s.roles).map((id) => names[0]![id] ?? id),
      'Extra',
    ]);
    expect(rows.at(-1)).toEqual({ role: 'Extra', s0: undefined, s1: 50 });
    for (const r of rows.slice(0, -1)) expect(r.s0).toBeGreaterThan(0);
  });
});

describe('overTimeData', () => {
  it('draws WIP per slot and the longest queues of a single run', () => {
    const s = summaryOf();
    const { lines } = overTimeData([s], 1);
    expect(lines.filter((l) => l.measure === 'wip')).toHaveLength(1);
    expect(lines.filter((l) => l.measure === 'queue').length).toBeLessThanOrEqual(1);
    const wip = lines[0]!.points;
    expect(wip.length).toBe(s.wip.series.values.length);
    for (let i = 1; i < wip.length; i++) expect(wip[i]!.t).toBeGreaterThan(wip[i - 1]!.t);
  });

  it('when comparing, draws both WIP lines and only the first slot queues', () => {
    const s = summaryOf();
    const { lines } = overTimeData([s, s]);
    expect(lines.filter((l) => l.measure === 'wip').map((l) => l.slot)).toEqual([0, 1]);
    expect(lines.filter((l) => l.measure === 'queue').every((l) => l.slot === 0)).toBe(true);
  });
});
