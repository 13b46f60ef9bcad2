import { readFileSync } from 'node:fs';
import { parseProcessJson } from '@flowsmith/model';
import { analyze, improvementScore, applySuggestion } from '@flowsmith/analysis';
const r0 = parseProcessJson(readFileSync('/tmp/an/pa-to-be.flow.json', 'utf8'));
if (!r0.ok) throw new Error('bad');
const r = analyze(r0.document, { effects: true });
for (const f of r.findings) for (const s of f.suggestions) console.log(f.kind, s.id, JSON.stringify(s.effect), improvementScore(s.effect!, r.metrics));
const r2 = analyze(r0.document, { effects: false });
for (const f of r2.findings) for (const s of f.suggestions) { const a = applySuggestion(r0.document, s); console.log(s.id, a.ok ? 'ok' : a.message); }
