import { describe, it, expect } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import {
  aggregate,
  compareResults,
  prepareSimulation,
  runReplicationSync,
} from '@flowsmith/simulation';
import { personName, personRows, stepWaitRows, summaryRows, SUMMARY_METRICS } from './summaryRows';

const run = (capacity: number) => {
  const plan = prepareSimulation(gallery.mm1, {
    cases: 200,
    replications: 3,
    seed: 3,
    overrides: { capacity: { clerk: capacity } },
  });
  return [0, 1, 2].map((i) => runReplicationSync(plan, undefined, i));
};

describe('summaryRows', () => {
  it('gives every key figure with its interval for a single run, no delta', () => {
    const rows = summaryRows([aggregate(run(1))]);
    expect(rows.map((r) => r.key)).toEqual(SUMMARY_METRICS.map(([k]) => k));
    expect(rows[0]!.values[0]!.n).toBe(3);
    expect(rows.every((r) => r.delta === undefined)).toBe(true);
  });

  it('adds the paired change when comparing (more capacity: shorter cycle time)', () => {
    const a = run(1);
    const b = run(2);
    const comparison = compareResults(a, b);
    const rows = summaryRows([comparison.asIs, comparison.toBe], comparison);
    const mean = rows.find((r) => r.key === 'cycleTime.mean')!;
    expect(mean.values).toHaveLength(2);
    expect(mean.delta!.delta.mean).toBeLessThan(0);
  });
});

describe('stepWaitRows', () => {
  it('lists tasks that ran, with their wait', () => {
    const s = aggregate(run(1));
    const rows = stepWaitRows([gallery.mm1], [s]);
    expect(rows.map((r) => r.step)).toEqual(['serve']);
    expect(rows[0]!.values[0]!.mean).toBeGreaterThan(0);
  });
});

describe('personRows', () => {
  it('gives each person of the roles once, by name, with the run’s utilisation and interval', () => {
    const staffed = {
      ...gallery.mm1,
      roles: gallery.mm1.roles.map((r) => ({
        ...r,
        capacity: undefined,
        members: [
          { id: 'ann', name: 'Ann' },
          { id: 'bo', name: 'Bo', speed: 2 },
        ],
      })),
    } as ProcessDocument;
    const plan = prepareSimulation(staffed, { cases: 200, replications: 3, seed: 3 });
    const summary = aggregate([0, 1, 2].map((i) => runReplicationSync(plan, undefined, i)));
    const rows = personRows([staffed], [summary]);
    expect(rows.map((r) => [r.person, personName([staffed], r.person!)])).toEqual([
      ['ann', 'Ann'],
      ['bo', 'Bo'],
    ]);
    for (const r of rows) {
      expect(r.kind).toBe('share');
      expect(r.values[0]!.n).toBe(3);
      expect(r.values[0]!.mean).toBeGreaterThan(0);
      expect(r.values[0]!.mean).toBeLessThan(1);
    }
    expect(personRows([gallery.mm1], [summary])).toEqual([]);
  });
});
