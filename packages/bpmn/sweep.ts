import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { importBpmn, BpmnImportError } from './src/index';
const files = execSync("find /work/shared/corpus -name '*.bpmn' -o -name '*.xml' | sort").toString().trim().split('\n');
for (const f of files) {
  const t0 = Date.now();
  try {
    const r = await importBpmn(readFileSync(f, 'utf8'));
    const ms = Date.now() - t0;
    console.log('OK ', ms, f.replace('/work/shared/corpus/', ''), r.documents.length, r.warnings.length);
  } catch (e) {
    console.log(e instanceof BpmnImportError ? 'ERR' : 'CRASH', f.replace('/work/shared/corpus/', ''), e instanceof BpmnImportError ? e.code : '', (e as Error).message.slice(0, 150));
  }
}
