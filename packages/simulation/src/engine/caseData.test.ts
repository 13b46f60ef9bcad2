/**
 * Case data that steps change (SPEC.md SIM-DATA-2): `sets` apply when a task finishes, later
 * conditions read them.
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { runReplicationSync } from '../index';

const { processOf, role, start, task, end, flow, gate, fixed } = build;

/** start → work → check ⟲ (rounds < 2 back to work) → end; work sets rounds + 1. */
const reworkCounter: ProcessDocument = processOf('counter', {
  roles: [role('clerk', 5, 60)],
  steps: [
    start('start', 30),
    task('work', 'clerk', fixed(3), { sets: { rounds: { add: 1 }, checked: true } }),
    gate('check', 'xor'),
    end(),
  ],
  flows: [
    flow('start', 'work'),
    flow('work', 'check'),
    flow('check', 'end', { condition: 'rounds >= 2' }),
    flow('check', 'work', { default: true }),
  ],
});

describe('case data changed by steps', () => {
  it('SIM-DATA-2 a rework counter limits the loop: rounds >= 2 leaves it, so every case works twice', () => {
    const r = runReplicationSync(reworkCounter, { cases: 200, warmup: 0, seed: 2 }, 0, {
      recordTraces: true,
    });
    expect(r.unfinished).toBe(0);
    expect(r.steps.work!.count).toBe(400);
    expect(r.workingTime).toBeCloseTo(6, 12);
    for (const t of r.traces!) {
      expect(t.data).toEqual({ rounds: 2, checked: true });
      expect(t.steps.filter((e) => e.step === 'work')).toHaveLength(2);
    }
  });

  it('SIM-DATA-2 a drawn value is fresh per finish, from its own stream, in key order', () => {
    const doc = processOf('draw', {
      steps: [
        start('start', 10),
        task('score', undefined, fixed(1), {
          sets: { b: { choice: { yes: 1 } }, a: { dist: 'uniform', min: 0, max: 1 } },
        }),
        end(),
      ],
      flows: [flow('start', 'score'), flow('score', 'end')],
    });
    const r = runReplicationSync(doc, { cases: 50, warmup: 0, seed: 3 }, 0, { recordTraces: true });
    const values = r.traces!.map((t) => t.data!.a as number);
    expect(new Set(values).size).toBe(50);
    for (const t of r.traces!) {
      expect(Object.keys(t.data!)).toEqual(['a', 'b']);
      expect(t.data!.b).toBe('yes');
    }
  });
});
