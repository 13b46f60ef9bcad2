import { describe, expect, it } from 'vitest';
import { diffProcesses } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import { changeReasons } from './changeReasons';
import { purchaseApprovalPair } from './testing/loadExamplePair';

describe('changeReasons', () => {
  const { asIs, toBe } = purchaseApprovalPair();
  const diff = diffProcesses(asIs, toBe);
  const reasons = changeReasons(diff, asIs, analyze(asIs, { lang: 'en' }).findings);
  const byStep = (id: string) => {
    const g = diff.groups.find((x) =>
      x.steps.some((i) => {
        const c = diff.steps[i]!;
        return c.kind !== 'added' && (c.kind === 'merged' ? c.asIs.includes(id) : c.asIs === id);
      }),
    )!;
    return reasons.find((r) => r.group === g.id)!;
  };

  it('gives each removal the finding whose suggestion removes that step', () => {
    expect(byStep('mgrRecheck').findings.map((f) => f.kind)).toEqual([
      'redundant-approval',
      'non-value-adding',
    ]);
    expect(byStep('waitSignature').findings[0]!.kind).toBe('delay');
    expect(byStep('purchaserInvoice').findings[0]!.kind).toBe('duplicate-steps');
    expect(byStep('approvalResult').findings[0]!.kind).toBe('rework-loop');
  });

  it('gives a change that moves a figure the findings naming its steps, largest impact first', () => {
    expect(byStep('mgrApprove').findings[0]!.kind).toBe('bottleneck');
  });

  it('marks changes of wording only and gives them no finding', () => {
    const rfq = byStep('rfq');
    expect(rfq.wordingOnly).toBe(true);
    expect(rfq.findings).toEqual([]);
  });

  it('never gives two findings of one kind, nor more than two', () => {
    for (const r of reasons) {
      expect(r.findings.length).toBeLessThanOrEqual(2);
      expect(new Set(r.findings.map((f) => f.kind)).size).toBe(r.findings.length);
    }
  });
});
