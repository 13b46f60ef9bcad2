import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gallery, parseProcess, type ProcessDocument } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import {
  implausibleResult,
  prepareSimulation,
  runReplicationSync,
  SimulationError,
  validateScenario,
} from '@flowsmith/simulation';
import { CompileError, emitTypeScript } from '@flowsmith/compiler';
import { buildSop, renderMarkdown } from '@flowsmith/sop';
import { mutateJson, type Mutation } from './mutateJson';

const examplesDir = join(import.meta.dirname, '../../examples');
const bases: unknown[] = [
  ...readdirSync(examplesDir)
    .filter((f) => f.endsWith('.flow.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(examplesDir, f), 'utf8')) as unknown),
  ...Object.values(gallery),
];

const CASES = 20;
const scenario = (() => {
  const r = validateScenario({ cases: CASES, replications: 1, warmup: 0 });
  if (!r.ok) throw new Error('scenario');
  return r.scenario;
})();

/**
 * One mutated document through parse → analyze → simulate → compile → sop (md), as the CLI
 * would: a refusal must be a typed error with a sentence; anything else thrown fails the test.
 * Work is bounded by construction and checked by counting (events per case and step, output
 * size per input size), not by the clock.
 */
function throughEverything(input: unknown): void {
  const parsed = parseProcess(input);
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(0);
    return;
  }
  const doc: ProcessDocument = parsed.document;
  const size = JSON.stringify(doc).length;
  const analysis = analyze(doc, { suggestions: true });
  for (const f of analysis.findings) expect(f.message.length).toBeGreaterThan(0);
  for (const v of Object.values(analysis.metrics.roles))
    expect(Number.isNaN(v.utilization)).toBe(false);
  if (!doc.steps.some((s) => s.type === 'subprocess')) {
    try {
      const plan = prepareSimulation(doc, scenario);
      const r = runReplicationSync(plan, undefined, 0);
      // the work of a run grows with cases × steps, never with a number in the document
      expect(r.events).toBeLessThanOrEqual(
        200 * (CASES + 10) * (doc.steps.length + doc.flows.length),
      );
      if (r.cases > 0) expect(implausibleResult([r], scenario)).toBeNull();
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      expect(error.problems.length).toBeGreaterThan(0);
    }
    try {
      expect(emitTypeScript(doc).length).toBeGreaterThan(0);
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      expect(error.message.length).toBeGreaterThan(0);
    }
  }
  const md = renderMarkdown(buildSop(doc, { analysis }));
  expect(md.length).toBeLessThanOrEqual(50 * size + 20_000);
  expect(md).not.toContain('<script>');
}

// Issue 14, "make it stay fixed": mutated documents from the examples and the test gallery.
describe('fuzz: mutated documents through every package', () => {
  it('each base document goes through unchanged', () => {
    for (const base of bases) throughEverything(base);
  });

  it(
    'mutated documents are refused with sentences or handled, never thrown at or hung on',
    { timeout: 60_000 },
    () => {
      const mutation = fc.tuple(fc.nat(11), fc.nat(), fc.nat()) as fc.Arbitrary<Mutation>;
      fc.assert(
        fc.property(
          fc.nat(bases.length - 1),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (b, ms) => {
            throughEverything(mutateJson(bases[b], ms));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('a role capacity of 1e9 is refused before any estimate is made', () => {
    const doc = { ...gallery.mm1, roles: gallery.mm1.roles.map((r) => ({ ...r, capacity: 1e9 })) };
    const parsed = parseProcess(doc);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual(['capacity.tooLarge']);
  });
});
