import { readFileSync, readdirSync } from 'node:fs';
import { gallery, parseProcessJson } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
const show = (name: string, doc: any) => {
  const r = analyze(doc, { effects: true });
  console.log(`\n== ${name}: ct=${r.metrics.cycleTime.mean.toFixed(1)} fe=${r.metrics.flowEfficiency.toFixed(2)} cost=${r.metrics.costPerCase.toFixed(1)} ho=${r.metrics.handoffsPerCase.toFixed(2)} bn=${JSON.stringify(r.metrics.bottleneck)}`);
  for (const f of r.findings) console.log(`  ${f.severity} ${f.kind} [${f.steps.join(',')}] ${f.message}${f.suggestions.map(s=>'\n     -> '+s.message+' '+JSON.stringify(s.effect)).join('')}`);
};
if (process.argv[2] !== 'ex') for (const [n, d] of Object.entries(gallery)) show(n, d);
else for (const f of readdirSync('examples')) {
  const r = parseProcessJson(readFileSync('examples/' + f, 'utf8'));
  if (!r.ok) { console.log(f, 'PARSE FAIL', r.problems.slice(0,3)); continue; }
  show(f, r.document);
}
