import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { acceptsTrace, buildGraph, enumerateRuns } from '@flowsmith/model';
import { compileMachine } from './compileMachine';
import { blockProcessArbitrary } from './testing/blockProcess';
import { eventsOfRun, randomWalk, replay, traceOf } from './testing/driveCase';

const tasksOf = (doc: Parameters<typeof buildGraph>[0], ids: readonly string[]) => {
  const graph = buildGraph(doc);
  return ids.filter((id) => graph.step(id)?.type === 'task');
};
const xorChoices = (steps: ReadonlyArray<{ stepId: string; flowId?: string }>) =>
  steps
    .filter((s) => s.flowId !== undefined)
    .map((s) => `${s.stepId}>${s.flowId}`)
    .sort();

describe('CM-EQ the compiled machine and the token game agree (generated block-structured processes)', () => {
  it('CM-EQ every path the machine takes is a legal run of the token game', () => {
    fc.assert(
      fc.property(
        blockProcessArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        ({ document, data }, picks) => {
          const machine = compileMachine(document);
          const { snapshot } = randomWalk(machine, data, picks);
          const trace = traceOf(snapshot.context.history);
          const done = snapshot.status === 'done';
          const verdict = acceptsTrace(document, trace, { data, complete: done });
          expect(verdict).toEqual(expect.objectContaining({ ok: true }));
          // Not done means tokens remain: the token game agrees the case is not complete.
          if (!done) expect(acceptsTrace(document, trace, { data, complete: true }).ok).toBe(false);
        },
      ),
      { numRuns: 80, seed: 7 },
    );
  });

  it('CM-EQ every run of the token game is accepted by the machine, with the same tasks and decisions', () => {
    fc.assert(
      fc.property(blockProcessArbitrary, ({ document, data }) => {
        const machine = compileMachine(document);
        const { runs } = enumerateRuns(document, { data, maxLength: 20, maxRuns: 20 });
        for (const run of runs) {
          const { snapshot, rejectedAt } = replay(machine, data, eventsOfRun(document, run, data));
          expect(rejectedAt).toBeUndefined();
          const machineSteps = traceOf(snapshot.context.history);
          expect(
            tasksOf(
              document,
              machineSteps.map((s) => s.stepId),
            ),
          ).toEqual(
            tasksOf(
              document,
              run.steps.map((s) => s.stepId),
            ),
          );
          const done = snapshot.status === 'done';
          expect(acceptsTrace(document, machineSteps, { data, complete: done }).ok).toBe(true);
          if (run.outcome === 'complete') {
            expect(snapshot.status).toBe('done');
            expect(xorChoices(machineSteps)).toEqual(xorChoices(run.steps));
          } else {
            // A cut run may lack only automatic steps (a join, the end) that the machine took at once.
            expect(run.outcome).toBe('cut');
            expect(snapshot.status === 'active' || snapshot.status === 'done').toBe(true);
          }
        }
      }),
      { numRuns: 50, seed: 11 },
    );
  });
});
