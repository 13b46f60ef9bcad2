import { it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importBpmn } from '@flowsmith/bpmn';
import { readBpmnFile } from '../../packages/cli/src/io/bpmnFormat';
const corpus = '/work/shared/corpus';
const walk = (d: string): string[] => readdirSync(d).sort().flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
it('sweep', async () => {
  let n = 0, bad = 0;
  for (const f of walk(corpus).filter((f) => /\.(bpmn|xml)$/.test(f))) {
    const xml = readFileSync(f, 'utf8');
    try { await importBpmn(xml); } catch { continue; }
    n++;
    const r = await readBpmnFile(xml);
    if (!r.ok) { bad++; console.log(relative(corpus, f), JSON.stringify(r.problems.map((p) => p.code + ' ' + p.message)).slice(0, 300)); }
  }
  console.log('imported', n, 'refused', bad);
}, 600000);
