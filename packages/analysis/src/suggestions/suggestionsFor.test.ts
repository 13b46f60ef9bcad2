import { describe, it, expect } from 'vitest';
import { build, gallery, invertPatch, applyPatch, parseProcess } from '@flowsmith/model';
import { analyze } from '../analyze';
import { applySuggestion } from './applySuggestion';

const { processOf, start, end, task, chain, role, flow, gate } = build;

/** A process with one of each fixable waste. */
const wasteful = processOf('wasteful', {
  roles: [role('it', 1, 60), role('admin', 1, 40), role('clerk', 1, 30)],
  data: ['acct', 'contract', 'seat'].map((id) => ({ id, name: id })),
  steps: [
    start('start', 60),
    task('account', 'it', 10, { outputs: ['acct'] }),
    task('desk', 'admin', 20, { inputs: ['contract'], outputs: ['seat'] }),
    task('file1', 'clerk', 5),
    task('file2', 'clerk', 5),
    gate('g', 'xor'),
    task('nva', 'clerk', 3, { value: 'NVA' }),
    task('check', 'it', 3, { kind: 'review', raci: { informed: ['it'] } }),
    end(),
  ],
  flows: [
    ...chain('start', 'account', 'desk', 'file1', 'file2', 'g', 'nva', 'check'),
    flow('check', 'end'),
    flow('check', 'end', { id: 'again' }),
  ],
});

describe('suggestions', () => {
  it('every suggestion on the gallery and a wasteful process applies, stays valid, and undoes exactly', () => {
    const docs = [...Object.values(gallery), wasteful];
    let count = 0;
    for (const doc of docs) {
      for (const finding of analyze(doc).findings) {
        for (const s of finding.suggestions) {
          const r = applySuggestion(doc, s);
          expect(r.ok, `${doc.id} ${s.id}`).toBe(true);
          if (!r.ok) continue;
          count++;
          const parsed = parseProcess(r.document);
          expect(parsed.ok ? [] : parsed.problems, `${doc.id} ${s.id}`).toEqual([]);
          expect(applyPatch(r.document, invertPatch(r.patch))).toEqual(doc);
        }
      }
    }
    expect(count).toBeGreaterThan(6);
  });

  it('offers each ECRS move where it fits', () => {
    const moves = new Set(
      analyze(wasteful).findings.flatMap((f) => f.suggestions.map((s) => s.move)),
    );
    for (const m of ['eliminate', 'combine', 'rearrange', 'simplify'] as const)
      expect(moves.has(m), m).toBe(true);
  });

  it('parallelising puts both steps between a new split and join', () => {
    const s = analyze(wasteful).findings.find((f) => f.kind === 'parallelize-candidate')!
      .suggestions[0]!;
    const r = applySuggestion(wasteful, s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = analyze(r.document).metrics;
    expect(after.cycleTime.mean).toBeLessThan(analyze(wasteful).metrics.cycleTime.mean);
    expect(r.document.steps.filter((x) => x.type === 'and')).toHaveLength(2);
  });
});
