/**
 * The model's simulation gallery (or gateways, terminate ends, named people with their own
 * calendars and speeds, a person in two roles, a batch, a counter, priorities) run together:
 * every trace is a complete run of the token game (SIM-SEM-1) and people work only in their
 * own hours (SIM-RES-1) — the constructs in combination, not one at a time.
 */
import { describe, it, expect } from 'vitest';
import { simulationGallery } from '@flowsmith/model';
import { runReplicationSync } from '../index';
import { rejectedTraces } from '../testing/rejectedTraces';

describe('the simulation gallery', () => {
  it.each(Object.keys(simulationGallery) as Array<keyof typeof simulationGallery>)(
    'SIM-SEM-1 %s: every case completes and its trace is accepted by the token game',
    (name) => {
      const doc = simulationGallery[name];
      const r = runReplicationSync(doc, { cases: 300, warmup: 0, seed: 9 }, 0, {
        recordTraces: true,
      });
      expect(r.unfinished).toBe(0);
      expect(r.traces).toHaveLength(300);
      expect(rejectedTraces(doc, r.traces!)).toEqual([]);
    },
  );

  it('SIM-RES-1 namedPeople: Ann works 07:30–15:30 in both her roles, Bob 09:00–17:00, local time from the start', () => {
    const doc = simulationGallery.namedPeople;
    const r = runReplicationSync(doc, { cases: 400, warmup: 0, seed: 4 }, 0, { recordLog: true });
    expect(r.unfinished).toBe(0);
    // Simulation time 0 is Monday 2025-03-03 08:00: local week minute = t + 480.
    const local = (t: number): number => (t + 480) % (7 * 1440);
    const roles = new Set<string>();
    for (const e of r.log!) {
      const [from, to] = e.person === 'ann' ? [450, 930] : [540, 1020];
      const m = local(e.start);
      expect(Math.floor(m / 1440), `${e.person} on day ${Math.floor(m / 1440)}`).toBeLessThan(5);
      expect(m % 1440).toBeGreaterThanOrEqual(from);
      expect(m % 1440).toBeLessThan(to);
      if (e.person === 'ann') roles.add(e.role);
    }
    expect([...roles].sort()).toEqual(['clerk', 'reviewer']);
    expect(r.people!.ann!.utilization).toBeGreaterThan(0);
    expect(r.people!.ann!.utilization).toBeLessThanOrEqual(1);
    // Every review is a batch of at most 5 cases (all of a batch share one start).
    const perStart = new Map<number, number>();
    for (const e of r.log!)
      if (e.step === 'review') perStart.set(e.start, (perStart.get(e.start) ?? 0) + 1);
    expect(Math.max(...perStart.values())).toBeLessThanOrEqual(5);
  });
});
