/**
 * Analysis benchmark: `analyze` on generated processes of 1,000 and 5,000 steps (the budget is
 * "a 5,000-step process in well under a second in Node"), without and with suggestions; the
 * predicted effects of every suggestion at 500, 1,000 and 5,000 steps, before (each suggestion
 * applied to a copy and the process re-analysed: `predictEffect`) and after (incremental:
 * `analyze(doc, { effects: true })`); then the agreement of the analytic figures with one long
 * simulation run. Prints Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gallery, generateProcess, parseProcessJson, type ProcessDocument } from '@flowsmith/model';
import { analyze, predictEffect, predictEffects, type AnalyzeOptions } from '@flowsmith/analysis';
import { runReplicationSync } from '@flowsmith/simulation';
// Internal pieces, to time effects above the suggestion limit too (analyze gives no suggestions
// above 2,000 steps: see packages/analysis/src/largeProcess.ts).
import { computeFigures } from '../../packages/analysis/src/flow/computeMetrics';
import { RuleContext } from '../../packages/analysis/src/ruleContext';
import { rules } from '../../packages/analysis/src/rules';
import { suggestionsFor } from '../../packages/analysis/src/suggestions/suggestionsFor';

/** The findings of `doc` with their suggestions, whatever its size. */
function findingsWithSuggestions(doc: ProcessDocument) {
  const ctx = new RuleContext(doc, 'en', computeFigures(doc));
  const findings = rules.flatMap((rule) => rule.check(ctx));
  for (const f of findings) f.suggestions = suggestionsFor(ctx, f);
  return { metrics: ctx.metrics, findings };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Wall-clock and CPU milliseconds per run (median of `repeats`, after a warm-up run). CPU time
 * (user + system of this process) is what a run costs on a busy, shared machine, where the wall
 * clock also counts time spent waiting for a core.
 */
function time(run: () => void, repeats: number): { median: number; min: number; cpu: number } {
  run(); // warm-up: JIT and caches
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpus) };
}

const cases: Array<{ steps: number; label: string; options: AnalyzeOptions; repeats: number }> = [
  { steps: 1000, label: 'metrics + findings', options: { suggestions: false }, repeats: 9 },
  { steps: 1000, label: 'with suggestions (default)', options: {}, repeats: 9 },
  { steps: 5000, label: 'metrics + findings', options: { suggestions: false }, repeats: 7 },
  {
    steps: 5000,
    label: 'with suggestions (default; none above 2,000 steps)',
    options: {},
    repeats: 5,
  },
  { steps: 1000, label: 'with predicted effects', options: { effects: true }, repeats: 5 },
];

console.log(
  '| steps (flows) | analysis | findings | suggestions | median ms | min ms | CPU ms (median) |',
);
console.log('|---:|---|---:|---:|---:|---:|---:|');
for (const c of cases) {
  const doc = generateProcess({ steps: c.steps, seed: 42 });
  const result = analyze(doc, c.options);
  const suggestions = result.findings.reduce((n, f) => n + f.suggestions.length, 0);
  const t = time(() => analyze(doc, c.options), c.repeats);
  console.log(
    `| ${doc.steps.length} (${doc.flows.length}) | ${c.label} | ${result.findings.length} | ${suggestions} | ${t.median.toFixed(1)} | ${t.min.toFixed(1)} | ${t.cpu.toFixed(1)} |`,
  );
}

// Predicted effects of every suggestion, before (a full re-analysis per suggestion, what
// `effects: true` did until issue 13) and after (`predictEffects`: the figures once, then each
// change incrementally). The full way is timed over every suggestion up to 400 of them, else
// over a sample of about 60 spread over the list and scaled to all.
console.log(
  '\n| steps | suggestions | before: full re-analysis per suggestion, s | after: `predictEffects` (all), ms | CPU ms |',
);
console.log('|---:|---:|---:|---:|---:|');
for (const steps of [500, 1000, 5000]) {
  const doc = generateProcess({ steps, seed: 42 });
  const result = findingsWithSuggestions(doc);
  const all = result.findings.flatMap((f) => f.suggestions);
  const sample =
    all.length <= 400 ? all : all.filter((_, k) => k % Math.ceil(all.length / 60) === 0);
  const t0 = performance.now();
  for (const s of sample) predictEffect(doc, result.metrics, s);
  const before = ((performance.now() - t0) / sample.length) * all.length;
  const after = time(() => predictEffects(doc, result.findings), 5);
  const sampled = sample.length < all.length ? ` (≈: ${sample.length} timed, scaled)` : '';
  console.log(
    `| ${doc.steps.length} | ${all.length} | ${(before / 1000).toFixed(1)}${sampled} | ${after.median.toFixed(1)} | ${after.cpu.toFixed(1)} |`,
  );
}

console.log(
  '\nGenerated with `generateProcess({ steps, seed: 42 })`; each figure after one warm-up run. ' +
    `Load average during the run: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')} on ${os.cpus().length} cores.`,
);

// Agreement: the analytic mean cycle time and utilisation against one long simulation run
// (@flowsmith/simulation, 20,000 cases, seed 3) on the gallery's queueing processes and the examples.
const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../examples');
const agreement: Array<[string, ProcessDocument]> = (
  ['mm1', 'mm5', 'tandem2', 'reworkLoop', 'andSplitJoin', 'nestedParallel', 'timerWait'] as const
).map((n) => [n, gallery[n]]);
for (const f of readdirSync(examplesDir)
  .filter((x) => x.endsWith('.flow.json'))
  .sort()) {
  const parsed = parseProcessJson(readFileSync(join(examplesDir, f), 'utf8'));
  if (parsed.ok) agreement.push([f.replace('.flow.json', ''), parsed.document]);
}
console.log(
  '\n| process | cycle time, analysis | cycle time, simulation | busiest role: ρ analysis / simulation |',
);
console.log('|---|---:|---:|---|');
for (const [name, doc] of agreement) {
  const a = analyze(doc, { suggestions: false }).metrics;
  const sim = runReplicationSync(doc, { cases: 20_000, replications: 1, seed: 3 }, 0);
  const b = a.bottleneck;
  const simRho = b ? sim.roles[b.role]?.utilization : undefined;
  console.log(
    `| ${name} | ${a.cycleTime.mean.toFixed(1)} | ${sim.cycleTime.mean.toFixed(1)} | ` +
      `${b ? `${b.role}: ${b.utilization.toFixed(3)} / ${simRho?.toFixed(3) ?? '–'}` : '–'} |`,
  );
}
