import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { exportBpmn } from '@flowsmith/bpmn';
import { lintBpmn } from '/work/main/test/corpus/lintBpmn';
it('show', async () => {
  for (const f of readdirSync('examples').filter((f) => f.endsWith('.flow.json'))) console.log(f, (await lintBpmn(await exportBpmn(JSON.parse(readFileSync('examples/' + f, 'utf8'))))).reports);
});
