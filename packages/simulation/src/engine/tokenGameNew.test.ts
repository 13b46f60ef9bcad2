/**
 * Differential test of the new constructs (SPEC.md SIM-SEM-1, SIM-SEM-7, SIM-SEM-8): traces of
 * or splits and joins, terminate ends, batches, members and case data changed by steps are
 * complete, legal runs of the model's token game (`acceptsTrace`, TG-17 … TG-19).
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { runReplicationSync, type Scenario } from '../index';
import { rejectedTraces } from '../testing/rejectedTraces';

const { twoBranches, processOf, role, start, task, end, flow, gate, fixed } = build;

/**
 *            ┌→ a ─────────────┐
 *   start → split → b → and ┬→ c ┬→ and2 → join → end     (an and block inside an or branch)
 *            │              └→ d ┘          ↑
 *            └→ e (default) ────────────────┘
 */
const orWithParallel: ProcessDocument = processOf('orPar', {
  roles: [{ ...role('clerk', 2, 60), members: [{ id: 'ann', speed: 1.5 }, { id: 'bob' }] }],
  steps: [
    start('start', 8),
    gate('split', 'or'),
    task('a', 'clerk', 3),
    task('b', 'clerk', 2),
    gate('and', 'and'),
    task('c', undefined, 4),
    task('d', 'clerk', 1),
    gate('and2', 'and'),
    task('e', 'clerk', 2),
    gate('join', 'or'),
    end(),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'a', { probability: 0.5 }),
    flow('split', 'b', { probability: 0.4 }),
    flow('split', 'e', { default: true }),
    flow('a', 'join'),
    flow('b', 'and'),
    flow('and', 'c'),
    flow('and', 'd'),
    flow('c', 'and2'),
    flow('d', 'and2'),
    flow('and2', 'join'),
    flow('e', 'join'),
    flow('join', 'end'),
  ],
});

/** An or split by condition on drawn data, closed by its join. */
const orByCondition: ProcessDocument = twoBranches('orCond', {
  split: 'or',
  interarrival: 5,
  durations: [1, 2],
  branches: [{ condition: 'x > 0.3' }, { condition: 'x > 0.6' }],
});

/** A terminate end racing a slow branch, with a weekly-less batch on the slow branch. */
const terminateRace: ProcessDocument = processOf('race', {
  roles: [role('fast', 3, 60), { ...role('slow', 1, 60), queue: 'priority' }],
  simulation: { priorities: [{ condition: 'true', priority: 1 }] },
  steps: [
    start('start', 4),
    gate('fork', 'and'),
    task('quick', 'fast', 5),
    task('long', 'slow', fixed(3), { batch: { size: 3, window: { value: 10, unit: 'min' } } }),
    gate('x', 'xor'),
    { id: 'stop', type: 'end', name: 'stop', terminate: true },
    end(),
  ],
  flows: [
    flow('start', 'fork'),
    flow('fork', 'quick'),
    flow('fork', 'long'),
    flow('quick', 'x'),
    flow('x', 'stop', { probability: 0.5 }),
    flow('x', 'end', { probability: 0.5 }),
    flow('long', 'end'),
  ],
});

/** A rework loop ended by a counter that a step sets. */
const counter: ProcessDocument = processOf('counter', {
  roles: [role('clerk', 3, 60)],
  steps: [
    start('start', 10),
    task('work', 'clerk', 2, { sets: { rounds: { add: 1 } } }),
    gate('check', 'xor'),
    end(),
  ],
  flows: [
    flow('start', 'work'),
    flow('work', 'check'),
    flow('check', 'end', { condition: 'rounds >= 3' }),
    flow('check', 'work', { default: true }),
  ],
});

/**
 * Branches that multiply inside the or region before the join: an and split whose two branches
 * both go straight to the join, and an inner or split that closes at the same join (the model
 * pairs the join with the outer split only).
 *
 *            ┌→ a ───────────────────────┐
 *   start → split → fork(and) ┬→ c ──────→ join → end
 *            │                └→ d ──────→ ↑
 *            └→ inner(or) ┬→ e ──────────→ ↑
 *                         └→ f ──────────→ ┘
 */
const multiplying: ProcessDocument = processOf('multiplying', {
  roles: [role('clerk', 2, 60)],
  steps: [
    start('start', 6),
    gate('split', 'or'),
    task('a', 'clerk', 2),
    gate('fork', 'and'),
    task('c', undefined, 3),
    task('d', 'clerk', 1),
    gate('inner', 'or'),
    task('e', undefined, 2),
    task('f', 'clerk', 1),
    gate('join', 'or'),
    end(),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'a', { probability: 0.5 }),
    flow('split', 'fork', { probability: 0.5 }),
    flow('split', 'inner', { probability: 0.5 }),
    flow('a', 'join'),
    flow('fork', 'c'),
    flow('fork', 'd'),
    flow('c', 'join'),
    flow('d', 'join'),
    flow('inner', 'e', { probability: 0.7 }),
    flow('inner', 'f', { probability: 0.7 }),
    flow('e', 'join'),
    flow('f', 'join'),
    flow('join', 'end'),
  ],
});

const cases: Array<[string, ProcessDocument, Scenario]> = [
  ['branches that multiply inside an or region', multiplying, {}],
  ['or with a parallel block inside a branch', orWithParallel, {}],
  ['or by condition', orByCondition, { attributes: { x: { dist: 'uniform', min: 0, max: 1 } } }],
  ['terminate racing a batched branch', terminateRace, {}],
  ['a counter set by a step', counter, {}],
];

describe('simulated traces of the new constructs against the token game', () => {
  it.each(cases)(
    'SIM-SEM-1 every trace of %s is accepted, complete, by acceptsTrace',
    (_, doc, extra) => {
      const r = runReplicationSync(doc, { cases: 300, warmup: 0, seed: 5, ...extra }, 0, {
        recordTraces: true,
      });
      expect(r.traces).toHaveLength(300);
      expect(rejectedTraces(doc, r.traces!)).toEqual([]);
    },
  );
});
