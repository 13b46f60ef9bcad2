import { readFileSync } from 'node:fs';
import { parseProcessJson } from '@flowsmith/model';
import { improve } from '@flowsmith/analysis';
const r0 = parseProcessJson(readFileSync('examples/purchase-approval-as-is.flow.json', 'utf8'));
if (!r0.ok) throw new Error('bad');
for (const rounds of [1, 2, 3]) {
  const r = improve(r0.document, { rounds });
  console.log(rounds, r.changes.map((c) => c.suggestion.id));
}
