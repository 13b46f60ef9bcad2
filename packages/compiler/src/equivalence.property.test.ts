import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SimulatedClock } from 'xstate';
import { acceptsTrace, buildGraph, enumerateRuns, type ProcessDocument } from '@flowsmith/model';
import { compileMachine } from './compileMachine';
import { emitMachineConfig } from './emitMachineConfig';
import { machineFromConfig } from './machineFromConfig';
import type { HistoryEntry } from './processEvents';
import { blockProcessArbitrary } from './testing/blockProcess';
import { eventsOfRun, randomWalk, replay, timedWalk, traceOf } from './testing/driveCase';

const tasksOf = (doc: Parameters<typeof buildGraph>[0], ids: readonly string[]) => {
  const graph = buildGraph(doc);
  return ids.filter((id) => graph.step(id)?.type === 'task');
};
/** The decisions of a trace: each xor's flow and each or-split's flows. */
const xorChoices = (
  steps: ReadonlyArray<{ stepId: string; flowId?: string; flowIds?: readonly string[] }>,
) =>
  steps
    .filter((s) => s.flowId !== undefined || s.flowIds !== undefined)
    .map((s) => `${s.stepId}>${s.flowId ?? s.flowIds!.join('+')}`)
    .sort();

describe('CM-EQ the compiled machine and the token game agree (generated block-structured processes)', () => {
  it('CM-EQ CM-OR CM-TERMINATE every path the machine takes is a legal run of the token game', () => {
    const seen = { orMany: 0, orOne: 0, terminated: 0 };
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
          for (const h of snapshot.context.history) {
            if (h.flowIds !== undefined) seen[h.flowIds.length > 1 ? 'orMany' : 'orOne']++;
            if (h.outcome === 'ended' && h.stepId.startsWith('stop')) seen.terminated++;
          }
        },
      ),
      { numRuns: 120, seed: 7 },
    );
    // The walks did take inclusive splits (one flow and several) and end cases at a terminate end.
    expect(seen.orMany).toBeGreaterThan(5);
    expect(seen.orOne).toBeGreaterThan(5);
    expect(seen.terminated).toBeGreaterThan(5);
  });

  it('CM-EQ CM-OR CM-TERMINATE every run of the token game is accepted by the machine, with the same tasks and decisions', () => {
    const seen = { orChosen: 0, terminated: 0 };
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
            if (run.steps.some((r) => (r.flowIds?.length ?? 0) > 1)) seen.orChosen++;
            if (run.steps.at(-1)?.stepId.startsWith('stop')) seen.terminated++;
          } else {
            // A cut run may lack only automatic steps (a join, the end) that the machine took at once.
            expect(run.outcome).toBe('cut');
            expect(snapshot.status === 'active' || snapshot.status === 'done').toBe(true);
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
    // Complete runs took several flows at inclusive splits, and ended at a terminate end.
    expect(seen.orChosen).toBeGreaterThan(5);
    expect(seen.terminated).toBeGreaterThan(5);
  });
});

/** `doc` with some tasks made system tasks (`flags[i] % 3 === 0`) and SLAs of 1–2 minutes on others. */
function withSystemTasksAndSlas(doc: ProcessDocument, flags: readonly number[]): ProcessDocument {
  let i = 0;
  return {
    ...doc,
    steps: doc.steps.map((step) => {
      if (step.type !== 'task') return step;
      const f = flags[i++ % flags.length] ?? 0;
      if (f % 3 === 0) return { ...step, kind: 'system' as const };
      return f % 3 === 1 ? { ...step, sla: { value: 1 + (f % 2), unit: 'min' as const } } : step;
    }),
  };
}

describe('CM-EQ with invoked system tasks and SLA escalations (CM-TASK, CM-SLA)', () => {
  it('CM-EQ CM-TASK CM-SLA system tasks doing their default work and SLAs passing leave legal traces', async () => {
    const seen = { done: 0, escalated: 0 };
    await fc.assert(
      fc.asyncProperty(
        blockProcessArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 5, maxLength: 40 }),
        async ({ document, data }, flags, picks) => {
          const doc = withSystemTasksAndSlas(document, flags);
          // Every system task is invoked, with the default work (done at once) — as emitted modules do.
          const machine = machineFromConfig(emitMachineConfig(doc));
          const snapshot = await timedWalk(machine, data, picks, new SimulatedClock());
          const history: HistoryEntry[] = snapshot.context.history;
          const trace = traceOf(history);
          const done = snapshot.status === 'done';
          expect(acceptsTrace(doc, trace, { data, complete: done })).toEqual(
            expect.objectContaining({ ok: true }),
          );
          if (!done) expect(acceptsTrace(doc, trace, { data, complete: true }).ok).toBe(false);
          // A system task was only ever done by its actor or completed by hand; an escalation
          // names a task with an SLA.
          const slaTasks = new Set(
            doc.steps.flatMap((s) => (s.type === 'task' && s.sla ? [s.id] : [])),
          );
          for (const h of history.filter((e) => e.outcome === 'escalated'))
            expect(slaTasks.has(h.stepId)).toBe(true);
          if (history.some((h) => h.outcome === 'done')) seen.done++;
          if (history.some((h) => h.outcome === 'escalated')) seen.escalated++;
        },
      ),
      { numRuns: 60, seed: 13 },
    );
    // The walks did meet both: system tasks done by their actors, and SLAs that passed.
    expect(seen.done).toBeGreaterThan(5);
    expect(seen.escalated).toBeGreaterThan(5);
  });
});
