import { generateProcess } from '@flowsmith/model';
import { rules } from '../packages/analysis/src/rules';
import { RuleContext } from '../packages/analysis/src/ruleContext';
import { computeFigures } from '../packages/analysis/src/flow/computeMetrics';
const doc = generateProcess({ steps: 5000, seed: 42 });
const acc: Record<string, number[]> = {};
const add = (k: string, v: number) => (acc[k] ??= []).push(v);
for (let rep = 0; rep < 7; rep++) {
  let t = performance.now();
  const fig = computeFigures(doc);
  add('figures', performance.now() - t);
  const ctx = new RuleContext(doc, 'en', fig);
  for (const r of rules) { t = performance.now(); r.check(ctx); add(r.id, performance.now() - t); }
}
for (const [k, v] of Object.entries(acc)) { v.sort((a, b) => a - b); if (v[3]! > 3) console.log(k, v[3]!.toFixed(1), v[0]!.toFixed(1)); }
