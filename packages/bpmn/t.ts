import { readFileSync } from 'node:fs';
import { importBpmn } from './src/index';
const r = await importBpmn(readFileSync(process.argv[2]!, 'utf8'));
if (process.argv[3]) console.log(JSON.stringify(r, null, 1).slice(0, 6000)); for (const w of r.warnings) console.log(w.code, w.elementType, w.message); console.log(r.documents.map(d=>`${d.id}: ${d.steps.length} steps ${d.flows.length} flows ${d.roles.length} roles`).join("\n"));
