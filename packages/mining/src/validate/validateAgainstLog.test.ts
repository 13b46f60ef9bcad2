import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { SimulatedExecution } from './simulatedLog';
import {
  validateAgainstLog,
  ValidationCancelled,
  type ValidationSimulator,
} from './validateAgainstLog';

const EPOCH = Date.UTC(2024, 0, 1);

const doc: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'd',
  name: 'D',
  roles: [{ id: 'clerk', name: 'Clerk', capacity: 1 }],
  steps: [
    { id: 's', type: 'start', name: 'Start' },
    { id: 'a', type: 'task', name: 'A', role: 'clerk', duration: { dist: 'fixed', value: 5 } },
    { id: 'b', type: 'task', name: 'B', role: 'clerk', duration: { dist: 'fixed', value: 3 } },
    { id: 'e', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'a' },
    { id: 'f2', from: 'a', to: 'b' },
    { id: 'f3', from: 'b', to: 'e' },
  ],
};

/** A case every 10 minutes: A for 5 minutes at once, B `bMinutes` after a 1-minute wait. */
function executions(cases: number, bMinutes = 3): SimulatedExecution[] {
  return Array.from({ length: cases }, (_, i) => {
    const t = i * 10;
    return [
      { replication: 0, caseId: i, stepName: 'A', start: t, end: t + 5 },
      { replication: 0, caseId: i, stepName: 'B', start: t + 6, end: t + 6 + bMinutes },
    ];
  }).flat();
}

/** The executions as the log a system would export (ms timestamps from `EPOCH`). */
function logOf(rows: SimulatedExecution[], withStart = true): EventLog {
  const byCase = new Map<number, SimulatedExecution[]>();
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
  return {
    cases: [...byCase].map(([id, xs]) => ({
      id: `c${id}`,
      attributes: {},
      events: xs.map((x) => ({
        activity: x.stepName,
        complete: EPOCH + x.end * 60_000,
        ...(withStart ? { start: EPOCH + x.start * 60_000 } : {}),
      })),
    })),
    hasStart: withStart,
    hasRole: false,
    hasResource: false,
    hasTime: true,
  };
}

/** A fake simulator that records how it was called. */
function fake(bMinutes = 3) {
  const calls: { cases: number; seed: number }[] = [];
  const simulate: ValidationSimulator = (_doc, run) => {
    calls.push(run);
    return executions(run.cases, bMinutes);
  };
  return { calls, simulate };
}

describe('validateAgainstLog', () => {
  it('runs the simulator five times with seeds from `seed`, the log’s size, and passes its own process', () => {
    const log = logOf(executions(40));
    const { calls, simulate } = fake();
    const progress: string[] = [];
    const v = validateAgainstLog(doc, log, simulate, {
      epochMs: EPOCH,
      seed: 7,
      onRun: (run, runs) => progress.push(`${run}/${runs}`),
    });
    expect(calls).toEqual([7, 8, 9, 10, 11].map((seed) => ({ cases: 40, seed })));
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(v.passed).toBe(true);
    expect(v.rows.map((r) => [r.metric, r.subject ?? '', r.pass])).toEqual([
      ['cycleMean', '', true],
      ['cycleMedian', '', true],
      ['cycleP90', '', true],
      ['throughput', '', true],
      ['touch', 'A', true],
      ['wait', 'B', true],
      ['touch', 'B', true],
      ['utilisation', 'clerk', true],
    ]);
    const touchB = v.rows.find((r) => r.metric === 'touch' && r.subject === 'B')!;
    expect([touchB.log, touchB.simulated, touchB.error]).toEqual([3, 3, 0]);
  });

  it('fails the figures a slower simulated step changes, and caps the cases at `maxCases`', () => {
    const log = logOf(executions(60));
    const { calls, simulate } = fake(6);
    const v = validateAgainstLog(doc, log, simulate, { epochMs: EPOCH, runs: 2, maxCases: 50 });
    expect(calls).toEqual([
      { cases: 50, seed: 1 },
      { cases: 50, seed: 2 },
    ]);
    expect(v.passed).toBe(false);
    const touchB = v.rows.find((r) => r.metric === 'touch' && r.subject === 'B')!;
    expect(touchB).toMatchObject({ log: 3, simulated: 6, error: 1, pass: false });
  });

  it('measures a log without start times by sojourn times, the simulated one too', () => {
    const log = logOf(executions(40), false);
    const v = validateAgainstLog(doc, log, fake().simulate, { epochMs: EPOCH, runs: 1 });
    expect(v.rows.some((r) => r.metric === 'touch' || r.metric === 'wait')).toBe(false);
    // A case's first event has no ready time: only B has a sojourn time.
    const sojourn = v.rows.filter((r) => r.metric === 'sojourn');
    expect(sojourn.map((r) => [r.subject, r.log, r.pass])).toEqual([['B', 4, true]]);
  });

  it('stops before the next run when cancelled, and lets the simulator’s refusal through', () => {
    const log = logOf(executions(40));
    const { calls, simulate } = fake();
    expect(() =>
      validateAgainstLog(doc, log, simulate, {
        epochMs: EPOCH,
        cancelled: () => calls.length === 2,
      }),
    ).toThrow(ValidationCancelled);
    expect(calls).toHaveLength(2);
    const refuse: ValidationSimulator = () => {
      throw new Error('s: the start has no arrival');
    };
    expect(() => validateAgainstLog(doc, log, refuse, { epochMs: EPOCH })).toThrow(
      's: the start has no arrival',
    );
  });
});
