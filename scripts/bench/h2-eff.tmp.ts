import { generateProcess } from '@flowsmith/model';
import { analyze, predictEffects } from '@flowsmith/analysis';
for (const steps of [1000, 5000]) {
  const doc = generateProcess({ steps, seed: 42 });
  const r = analyze(doc);
  let t = performance.now();
  const e = predictEffects(doc, r.findings);
  console.log(steps, 'effects of', e.size, 'ms', (performance.now() - t).toFixed(0));
  t = performance.now();
  predictEffects(doc, r.findings);
  console.log(steps, 'again ms', (performance.now() - t).toFixed(0));
}
