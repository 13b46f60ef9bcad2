import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { expertGallery } from '../gallery';

describe('splitDutySuggestion', () => {
  it('gives the bank reconciliation to the accountant who already reconciles', () => {
    const { doc } = expertGallery.monthEndClose!;
    const finding = analyze(doc, { lang: 'zh-CN' }).findings.find(
      (f) => f.id === 'duty-conflict:gl,record/reconcile',
    )!;
    expect(finding.suggestions).toMatchObject([
      {
        id: 'reassign:duty-conflict:gl,record/reconcile',
        move: 'reassign',
        commands: [{ id: 'step.update', params: { id: 'bankRec', changes: { role: 'ar' } } }],
        message: expect.stringContaining('「总账会计」不再同时承担「记账与对账」'),
      },
    ]);
  });

  it('offers nothing when no other role can take the work', () => {
    const { doc } = expertGallery.monthEndClose!;
    const alone = { ...doc, steps: doc.steps.filter((s) => s.id !== 'arRec') };
    alone.flows = [
      ...doc.flows.filter((f) => f.from !== 'arRec' && f.to !== 'arRec'),
      { id: 'skip', from: 'accruals', to: 'bankRec' },
    ];
    const finding = analyze(alone).findings.find((f) => f.kind === 'duty-conflict')!;
    expect(finding.suggestions).toEqual([]);
  });
});
