import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generateProcess, type CommandCall, type ProcessDocument } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import { analyze } from '../analyze';
import type { PredictedEffect, Suggestion } from '../types';
import { effectPredictor, fullEffect } from './effectPredictor';
import { incrementalBase } from './incrementalEffect';
import { suggestionChange } from './suggestionChange';

const close = (a: number, b: number) =>
  a === b || Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

function expectSame(a: PredictedEffect | undefined, b: PredictedEffect | undefined, what: string) {
  expect(a === undefined, what).toBe(b === undefined);
  if (!a || !b) return;
  for (const key of Object.keys(a) as Array<keyof PredictedEffect>)
    expect(close(a[key], b[key]), `${what}: ${key} ${a[key]} vs ${b[key]}`).toBe(true);
}

/** The analysis's own suggestions plus what-ifs the incremental path must cover: capacity, a step's role and duration, a timer's duration. */
function candidates(doc: ProcessDocument, pick: number): Suggestion[] {
  const own = analyze(doc).findings.flatMap((f) => f.suggestions);
  const tasks = doc.steps.filter((s) => s.type === 'task');
  const timers = doc.steps.filter((s) => s.type === 'timer');
  const roles = doc.roles;
  const extra: CommandCall[][] = [];
  for (let k = 0; k < 6 && roles.length && tasks.length; k++) {
    const role = roles[(pick + k) % roles.length]!;
    const task = tasks[(pick * 7 + k * 13) % tasks.length]!;
    extra.push([
      {
        id: 'role.update',
        params: { id: role.id, changes: { capacity: (role.capacity ?? 1) + 1 } },
      },
    ]);
    extra.push([{ id: 'step.update', params: { id: task.id, changes: { role: role.id } } }]);
    extra.push([
      {
        id: 'step.update',
        params: {
          id: task.id,
          changes: { duration: { dist: 'triangular', min: 1, mode: 2, max: 9 } },
        },
      },
    ]);
  }
  for (const timer of timers.slice(0, 4))
    extra.push([
      {
        id: 'step.update',
        params: { id: timer.id, changes: { duration: { dist: 'fixed', value: 5 } } },
      },
    ]);
  return [
    ...own,
    ...extra.map((commands, k) => ({
      id: `x${k}`,
      move: 'simplify' as const,
      message: '',
      commands,
      touches: [],
    })),
  ];
}

describe('incremental effects', () => {
  it('equal re-analysing the changed process, on generated processes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 20, max: 160 }),
        (seed, steps) => {
          const doc = generateProcess({ steps, seed });
          const figures = computeFigures(doc);
          const predict = effectPredictor(doc, figures);
          for (const s of candidates(doc, seed)) {
            expectSame(predict(s), fullEffect(doc, figures, s), `${doc.id} ${s.id}`);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('takes the incremental path for most suggestions of a generated process', () => {
    const doc = generateProcess({ steps: 300, seed: 42 });
    const figures = computeFigures(doc);
    const base = incrementalBase(doc, figures)!;
    expect(base).not.toBeNull();
    const roles = new Map(doc.roles.map((r) => [r.id, r]));
    const all = candidates(doc, 1);
    const incremental = all.filter(
      (s) => suggestionChange(s.commands, figures.graph, roles, figures.times) !== null,
    );
    expect(incremental.length).toBeGreaterThan(0.9 * all.length);
  });
});
