/**
 * Builds comparison reports in a child process with a small heap (run by reportBudget.test.ts,
 * tests only): `regression` builds the report of {@link reworkLoopPair} in both languages,
 * `property` builds it for many generated as-is processes (some overloaded) and their `improve`d
 * to-be. Prints one JSON line `{ reports, worst }`, where `worst` is the largest share of the work
 * budget a report used; a report over budget, or any error, exits 1 with the case.
 */
import fc from 'fast-check';
import { generateProcess, type ProcessDocument } from '@flowsmith/model';
import { improve } from '@flowsmith/analysis';
import { buildComparisonReport } from '../buildComparisonReport';
import { reportWork } from './reportWork';
import { reworkLoopPair } from './reworkLoopPair';

const FC_SEED = process.env.FC_SEED === undefined ? 20261122 : Number(process.env.FC_SEED);

/** Things a report may build per step, flow and role of the two processes, plus a fixed part. */
export const WORK_PER_ITEM = 40;
/** The fixed part of the budget: page 1, headings, notes and the empty tables. */
export const WORK_FIXED = 800;

let reports = 0;
let worst = 0;

function check(asIs: ProcessDocument, toBe: ProcessDocument): void {
  const size = [asIs, toBe].reduce(
    (n, d) => n + d.steps.length + d.flows.length + d.roles.length,
    0,
  );
  const budget = WORK_PER_ITEM * size + WORK_FIXED;
  for (const lang of ['en', 'zh-CN'] as const) {
    const work = reportWork(buildComparisonReport({ asIs, toBe, lang }));
    reports++;
    worst = Math.max(worst, work / budget);
    if (work > budget)
      throw new Error(`${asIs.id} (${lang}): ${work} things built, budget ${budget}`);
  }
}

/** The as-is with cases arriving `load` times as often (above 1, some roles may be overloaded). */
function loaded(doc: ProcessDocument, load: number): ProcessDocument {
  return {
    ...doc,
    steps: doc.steps.map((s) => {
      if (s.type !== 'start' || !s.arrival || !('interarrival' in s.arrival)) return s;
      const d = s.arrival.interarrival;
      return d.dist === 'exponential'
        ? { ...s, arrival: { interarrival: { ...d, mean: d.mean / load } } }
        : s;
    }),
  };
}

const mode = process.argv[2];
if (mode === 'regression') {
  const { asIs, toBe } = reworkLoopPair();
  check(asIs, toBe);
} else if (mode === 'property') {
  fc.assert(
    fc.property(
      fc.integer({ min: 6, max: 30 }),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.constantFrom(1, 1, 2.5, 4),
      fc.boolean(),
      (steps, seed, load, includeInfo) => {
        const asIs = loaded(generateProcess({ steps, seed }), load);
        check(asIs, improve(asIs, { includeInfo }).document);
      },
    ),
    { seed: FC_SEED, numRuns: Number(process.argv[3] ?? 25) },
  );
} else throw new Error(`unknown mode ${mode}`);
process.stdout.write(`${JSON.stringify({ reports, worst })}\n`);
