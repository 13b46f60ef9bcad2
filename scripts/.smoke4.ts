import { generateProcess } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
const doc = generateProcess({ steps: 1000, seed: 42 });
const r = analyze(doc, { suggestions: false });
const counts: Record<string, number> = {};
for (const f of r.findings) counts[`${f.severity} ${f.kind}`] = (counts[`${f.severity} ${f.kind}`] ?? 0) + 1;
console.log(counts);
for (const f of r.findings.filter((f) => f.severity !== 'info').slice(0, 6)) console.log(f.kind, f.steps.slice(0, 6), f.message.slice(0, 200));
console.log(r.metrics.cycleTime, r.metrics.bottleneck);
