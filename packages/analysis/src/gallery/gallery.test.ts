import { parseProcess, type CommandCall, type ProcessDocument } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { controlsOf } from '../judgement/controlsOf';
import type { Suggestion } from '../types';
import { adviceViolations } from './adviceViolations';
import type { Never } from './galleryCase';
import { expertGallery } from './index';

const ids = (c: CommandCall): string[] => {
  const p = (c.params ?? {}) as { ids?: string[] };
  return p.ids ?? [];
};

/** Whether suggestion `s` does what `never` forbids on `doc`. */
function breaks(doc: ProcessDocument, s: Suggestion, never: Never): boolean {
  const roleOf = (id: string) => {
    const step = doc.steps.find((x) => x.id === id);
    return step?.type === 'task' ? step.role : undefined;
  };
  return s.commands.some((c) => {
    const p = (c.params ?? {}) as { id?: string; changes?: { role?: string }; reassignTo?: string };
    if ('removes' in never)
      return (c.id === 'steps.remove' || c.id === 'steps.merge') && ids(c).includes(never.removes);
    if (c.id === 'step.update') return p.id === never.gives && p.changes?.role === never.to;
    if (c.id === 'steps.merge')
      return ids(c).includes(never.gives) && roleOf(ids(c)[0]!) === never.to;
    if (c.id === 'role.remove') return roleOf(never.gives) === p.id && p.reassignTo === never.to;
    return false;
  });
}

describe('the expert gallery', () => {
  it('has at least twelve processes, in Chinese and English, that parse', () => {
    const cases = Object.values(expertGallery);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cases.map((c) => c.doc.language))).toEqual(new Set(['zh-CN', 'en']));
    for (const c of cases) expect(parseProcess(c.doc)).toMatchObject({ ok: true });
  });

  for (const [name, c] of Object.entries(expertGallery)) {
    describe(name, () => {
      const result = analyze(c.doc, { lang: c.doc.language === 'en' ? 'en' : 'zh-CN' });
      const offered = result.findings.flatMap((f) => f.suggestions);

      it('recognises its controls', () => {
        expect([...controlsOf(c.doc).keys()]).toEqual(expect.arrayContaining(c.controls));
      });

      it('reports the findings an expert expects', () => {
        const seen = result.findings.flatMap((f) => [f.id, f.kind]);
        expect(seen).toEqual(expect.arrayContaining(c.findings));
      });

      it('lists the three largest by impact first', () => {
        expect(result.findings.slice(0, 3).map((f) => f.kind)).toEqual(c.topThree);
      });

      it('never offers the forbidden suggestions', () => {
        for (const never of c.never) {
          const bad = offered.filter((s) => breaks(c.doc, s, never)).map((s) => s.id);
          expect(bad, JSON.stringify(never)).toEqual([]);
        }
      });

      it('offers nothing that cuts a control, splits no duties wrongly, overloads no role', () => {
        expect(adviceViolations(c.doc, result)).toEqual([]);
      });
    });
  }

  it('would catch the advice the guard withholds (the invariant can fail)', () => {
    const { doc } = expertGallery.purchaseApproval!;
    const result = analyze(doc);
    const unguarded = {
      ...result,
      findings: result.findings.map((f) => ({
        ...f,
        suggestions: [...f.suggestions, ...(f.withheld ?? []).map((w) => w.suggestion)],
      })),
    };
    expect(result.findings.some((f) => f.withheld?.length)).toBe(true);
    expect(adviceViolations(doc, unguarded)).not.toEqual([]);
  });
});
