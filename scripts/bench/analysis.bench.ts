/**
 * Analysis benchmark: `analyze` on generated processes of 1,000 and 5,000 steps (the budget is
 * "a 5,000-step process in well under a second in Node"), without and with suggestions, and
 * the predicted effects (every suggestion applied and re-analysed) at 1,000 steps. Prints Markdown.
 */
import { performance } from 'node:perf_hooks';
import { generateProcess } from '@flowsmith/model';
import { analyze, type AnalyzeOptions } from '@flowsmith/analysis';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => void, repeats: number): { median: number; min: number } {
  run(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

const cases: Array<{ steps: number; label: string; options: AnalyzeOptions; repeats: number }> = [
  { steps: 1000, label: 'metrics + findings', options: { suggestions: false }, repeats: 9 },
  { steps: 1000, label: 'with suggestions (default)', options: {}, repeats: 9 },
  { steps: 5000, label: 'metrics + findings', options: { suggestions: false }, repeats: 7 },
  { steps: 5000, label: 'with suggestions (default)', options: {}, repeats: 7 },
  { steps: 1000, label: 'with predicted effects', options: { effects: true }, repeats: 3 },
];

console.log('| steps (flows) | analysis | findings | suggestions | median ms | min ms |');
console.log('|---:|---|---:|---:|---:|---:|');
for (const c of cases) {
  const doc = generateProcess({ steps: c.steps, seed: 42 });
  const result = analyze(doc, c.options);
  const suggestions = result.findings.reduce((n, f) => n + f.suggestions.length, 0);
  const t = time(() => analyze(doc, c.options), c.repeats);
  console.log(
    `| ${doc.steps.length} (${doc.flows.length}) | ${c.label} | ${result.findings.length} | ${suggestions} | ${t.median.toFixed(1)} | ${t.min.toFixed(1)} |`,
  );
}
console.log('\nGenerated with `generateProcess({ steps, seed: 42 })`; each figure after one warm-up run.');
