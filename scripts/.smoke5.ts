import { generateProcess } from '@flowsmith/model';
import { rules } from '../packages/analysis/src/rules';
import { RuleContext } from '../packages/analysis/src/ruleContext';
import { computeFigures } from '../packages/analysis/src/flow/computeMetrics';
import { suggestionsFor } from '../packages/analysis/src/suggestions/suggestionsFor';
const doc = generateProcess({ steps: 5000, seed: 42 });
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const fig = computeFigures(doc);
  console.log('figures', (performance.now() - t).toFixed(1));
  const ctx = new RuleContext(doc, 'en', fig);
  const all = [];
  for (const r of rules) {
    t = performance.now();
    const f = r.check(ctx);
    all.push(...f);
    const dt = performance.now() - t;
    if (dt > 5) console.log(r.id, dt.toFixed(1), f.length);
  }
  t = performance.now();
  const byKind: Record<string, number> = {};
  for (const f of all) { const t1 = performance.now(); suggestionsFor(ctx, f); byKind[f.kind] = (byKind[f.kind] ?? 0) + performance.now() - t1; }
  console.log('suggestions', (performance.now() - t).toFixed(1), byKind);
}
