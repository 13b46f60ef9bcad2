import { generateProcess } from '@flowsmith/model';
import { analyze, predictEffects } from '@flowsmith/analysis';
for (const steps of [5000]) {
  const doc = generateProcess({ steps, seed: 42 });
  const r = analyze(doc);
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    const e = predictEffects(doc, r.findings);
    const c = process.cpuUsage(c0);
    console.log(steps, 'effects of', e.size, 'ms', (performance.now() - t).toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
  }
}
