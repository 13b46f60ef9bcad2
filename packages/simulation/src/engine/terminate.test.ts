/**
 * Terminate ends (SPEC.md SIM-SEM-8): reaching one ends the case at once; its other branches
 * leave queues, stop work (freeing the person) and drop timers.
 *
 *          ┌→ quick (5, role fast) → stop (terminate)
 *   start → and
 *          └→ long (role slow, or a timer) → end
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument, type Step } from '@flowsmith/model';
import { runReplicationSync } from '../index';

const { processOf, role, task, end, flow, gate, fixed } = build;

function race(long: Step, gap: number): ProcessDocument {
  return processOf('race', {
    roles: [role('fast', 50, 60), role('slow', 1, 60)],
    steps: [
      { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(gap) } },
      gate('fork', 'and'),
      task('quick', 'fast', fixed(5)),
      long,
      { id: 'stop', type: 'end', name: 'stop', terminate: true },
      end(),
    ],
    flows: [
      flow('start', 'fork'),
      flow('fork', 'quick'),
      flow('fork', 'long'),
      flow('quick', 'stop'),
      flow('long', 'end'),
    ],
  });
}

describe('terminate end', () => {
  it('SIM-SEM-8 work in service stops and frees its person: cycle 5, touch 5 + 5, the slow clerk busy 5 of every 30 minutes', () => {
    const r = runReplicationSync(
      race(task('long', 'slow', fixed(20)), 30),
      { cases: 100, warmup: 0, seed: 1 },
      0,
    );
    expect(r.unfinished).toBe(0);
    expect(r.cycleTime.mean).toBeCloseTo(5, 12);
    expect(r.cycleTime.max).toBeCloseTo(5, 12);
    expect(r.workingTime).toBeCloseTo(10, 12);
    expect(r.costPerCase).toBeCloseTo((10 * 60) / 60, 12); // 10 worked minutes at 60 an hour
    // 100 cases from t = 30 to 3000: the slow clerk works 5 minutes per case.
    expect(r.roles.slow!.utilization).toBeCloseTo((100 * 5) / (3000 - 30), 9);
  });

  it('SIM-SEM-8 queued work leaves the queue: one case a minute, each ends at 5 whatever waits', () => {
    // The slow clerk takes 20 minutes, a case arrives every minute: without removal its queue
    // would grow by one a minute; with it, a case's long work leaves when its quick branch ends.
    const r = runReplicationSync(
      race(task('long', 'slow', fixed(20)), 1),
      { cases: 400, warmup: 0, seed: 1 },
      0,
    );
    expect(r.unfinished).toBe(0);
    expect(r.cycleTime.max).toBeCloseTo(5, 12);
    expect(r.roles.slow!.queueMax).toBeLessThanOrEqual(5);
  });

  it('SIM-SEM-8 a branch still moving at the instant its case terminates counts no work twice', () => {
    // first (5 min) → fork: its token goes on towards `second` while the clone reaches the
    // terminate end at the same instant. The case's touch time is first's 5 minutes only.
    const doc = processOf('instant', {
      roles: [{ ...role('clerk', 1, 60), members: [{ id: 'ann' }] }],
      steps: [
        { id: 'start', type: 'start', name: 'start', arrival: { interarrival: fixed(30) } },
        task('first', 'clerk', fixed(5)),
        gate('fork', 'and'),
        task('second', 'clerk', fixed(7)),
        { id: 'stop', type: 'end', name: 'stop', terminate: true },
        end(),
      ],
      flows: [
        flow('start', 'first'),
        flow('first', 'fork'),
        flow('fork', 'second'),
        flow('fork', 'stop'),
        flow('second', 'end'),
      ],
    });
    const r = runReplicationSync(doc, { cases: 20, warmup: 0, seed: 1 }, 0);
    expect(r.unfinished).toBe(0);
    expect(r.cycleTime.max).toBeCloseTo(5, 12);
    expect(r.workingTime).toBeCloseTo(5, 12);
    expect(r.steps.first!.count).toBe(20);
    expect(r.people!.ann!.busy).toBeCloseTo(100, 9);
  });

  it('SIM-SEM-8 a timer branch is dropped', () => {
    const timer: Step = { id: 'long', type: 'timer', name: 'long', duration: fixed(60) };
    const r = runReplicationSync(race(timer, 30), { cases: 50, warmup: 0, seed: 1 }, 0, {
      recordTraces: true,
    });
    expect(r.unfinished).toBe(0);
    expect(r.cycleTime.max).toBeCloseTo(5, 12);
    for (const t of r.traces!)
      expect(t.steps.map((e) => e.step)).toEqual(['start', 'fork', 'quick', 'stop']);
  });
});
