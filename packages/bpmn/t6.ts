import { generateProcess } from '@flowsmith/model';
import { exportBpmn, importBpmn } from './src/index';
for (const n of [1000, 2000]) {
const doc = generateProcess({ steps: n, seed: 1 });
const back = await importBpmn(await exportBpmn(doc));
const b = back.documents[0]!;
const a = JSON.parse(JSON.stringify(doc));
for (const k of Object.keys(a)) if (JSON.stringify(a[k]) !== JSON.stringify((b as any)[k])) {
  console.log(n, 'key', k);
  if (Array.isArray(a[k])) a[k].forEach((x: unknown, i: number) => { if (JSON.stringify(x) !== JSON.stringify((b as any)[k][i])) console.log(JSON.stringify(x), '\n', JSON.stringify((b as any)[k][i])); });
}
console.log(n, back.warnings.slice(0, 3));
}
