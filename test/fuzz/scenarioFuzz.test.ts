import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gallery, parseProcess, type ProcessDocument } from '@flowsmith/model';
import {
  implausibleResult,
  prepareSimulation,
  runReplicationSync,
  SCENARIO_LIMITS,
  SimulationError,
  validateScenario,
} from '@flowsmith/simulation';
import { mutateJson, type Mutation } from './mutateJson';

function example(name: string): ProcessDocument {
  const text = readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8');
  const r = parseProcess(JSON.parse(text));
  if (!r.ok) throw new Error(name);
  return r.document;
}

const documents = [example('purchase-approval-as-is.flow.json'), gallery.mm1, gallery.xorSplitJoin];

/** A scenario that uses every key, for each document: the seed of the mutations. */
function fullScenario(doc: ProcessDocument): Record<string, unknown> {
  const role = doc.roles[0]!.id;
  const task = doc.steps.find((s) => s.type === 'task')!.id;
  return {
    cases: 40,
    warmup: 5,
    replications: 2,
    seed: 7,
    bins: 20,
    sla: '2d',
    calendarMode: 'pause',
    overrides: { arrivalRate: 1.2, capacity: { [role]: 2 }, duration: { [task]: 0.8 } },
    attributes: {
      amount: { dist: 'uniform', min: 100, max: 100_000 },
      region: { choice: { north: 0.3, south: 0.7 } },
      urgent: false,
    },
  };
}

/**
 * A mutated scenario through validation and, when accepted, the engine (its case counts cut to a
 * few dozen so each input stays small): a refusal lists problems with paths and sentences; an
 * accepted one runs and gives a plausible result, or the engine refuses with a sentence.
 */
function throughEngine(doc: ProcessDocument, input: unknown): boolean {
  const checked = validateScenario(input, { document: doc });
  if (!checked.ok) {
    for (const p of checked.problems) expect(p.message.length).toBeGreaterThan(0);
    return false;
  }
  const s = checked.scenario;
  expect(s.bins).toBeLessThanOrEqual(SCENARIO_LIMITS.bins);
  for (const c of Object.values(s.overrides.capacity))
    expect(c).toBeLessThanOrEqual(SCENARIO_LIMITS.capacity);
  const small = {
    ...s,
    cases: Math.min(s.cases, 30),
    warmupCases: Math.min(s.warmupCases, 10),
    horizon: Infinity,
    warmupTime: 0,
  };
  try {
    const r = runReplicationSync(prepareSimulation(doc, small), undefined, 0);
    expect(r.events).toBeLessThanOrEqual(200 * 40 * (doc.steps.length + doc.flows.length));
    expect(implausibleResult([r], small)).toBeNull();
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
  }
  return true;
}

// Issue 14, "make it stay fixed": mutated scenarios through validation and the engine.
describe('fuzz: mutated scenarios', () => {
  it('every document runs its full scenario', () => {
    for (const doc of documents) expect(throughEngine(doc, fullScenario(doc))).toBe(true);
  });

  it(
    'mutated scenarios are refused with sentences or run to a plausible result',
    { timeout: 60_000 },
    () => {
      let accepted = 0;
      const mutation = fc.tuple(fc.nat(11), fc.nat(), fc.nat()) as fc.Arbitrary<Mutation>;
      fc.assert(
        fc.property(
          fc.nat(documents.length - 1),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (d, ms) => {
            const doc = documents[d]!;
            if (throughEngine(doc, mutateJson(fullScenario(doc), ms))) accepted++;
          },
        ),
        { numRuns: 300 },
      );
      // enough of them reach the engine for the run to mean something
      expect(accepted).toBeGreaterThan(50);
    },
  );
});
