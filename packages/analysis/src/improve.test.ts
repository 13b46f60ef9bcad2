import { describe, it, expect } from 'vitest';
import { gallery, parseProcess } from '@flowsmith/model';
import { freeId, improve, improvementScore, toBeId } from './improve';

describe('improve', () => {
  it('derives a to-be that drops the repeated approval, and says why', () => {
    const r = improve(gallery.doubleApproval);
    expect(r.document.id).toBe('doubleApproval-to-be');
    expect(r.document.derivedFrom).toBe('doubleApproval');
    expect(r.document.steps.some((s) => s.id === 'approve2')).toBe(false);
    expect(r.changes[0]).toMatchObject({
      finding: { kind: 'redundant-approval' },
      suggestion: { move: 'eliminate' },
    });
    expect(r.after.cycleTime.mean).toBeLessThan(r.before.cycleTime.mean);
    expect(r.effect.costPerCase).toBeLessThan(0);
    expect(parseProcess(r.document).ok).toBe(true);
  });

  it('adds capacity to a bottleneck until it is below 85 %', () => {
    const r = improve(gallery.mm5);
    expect(r.document.roles[0]!.capacity).toBe(6);
    expect(r.after.roles.server!.utilization).toBeLessThan(0.85);
    expect(r.changes.map((c) => c.suggestion.move)).toEqual(['add-capacity']);
  });

  it('leaves a clean process as it is', () => {
    const r = improve(gallery.tandem2);
    expect(r.changes).toEqual([]);
    expect(r.document.steps).toEqual(gallery.tandem2.steps);
  });

  it('names the to-be after the as-is', () => {
    expect(toBeId('purchase-as-is')).toBe('purchase-to-be');
    expect(toBeId('p')).toBe('p-to-be');
    const zh = improve({ ...gallery.doubleApproval, language: 'zh-CN', name: '采购审批（现状）' });
    expect(zh.document.name).toBe('采购审批（优化后）');
  });

  it('gives the to-be an id nothing beside it has (takenIds), and never the as-is id', () => {
    expect(
      improve(gallery.doubleApproval, { takenIds: ['doubleApproval-to-be'] }).document.id,
    ).toBe('doubleApproval-to-be-2');
    expect(freeId('p-to-be', new Set(['p-to-be', 'p-to-be-2']))).toBe('p-to-be-3');
    expect(freeId('p-to-be', new Set())).toBe('p-to-be');
  });

  it('applies a move to the same steps once, not again round after round', () => {
    for (const doc of [gallery.timerWait, gallery.reworkLoop, gallery.mm5]) {
      const targets = improve(doc).changes.map((c) =>
        JSON.stringify([c.suggestion.move, [...c.suggestion.touches].sort()]),
      );
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it('RM-1 … RM-4 lists what a removal leaves to check with the change', () => {
    const doc = {
      ...gallery.doubleApproval,
      steps: gallery.doubleApproval.steps.map((s) =>
        s.id === 'pay' ? { ...s, cautions: ['only after approve2 signed', 'check the IBAN'] } : s,
      ),
    };
    const r = improve(doc);
    const removal = r.changes.find((c) => c.suggestion.move === 'eliminate')!;
    expect(removal.warnings.map((w) => [w.code, w.stepId])).toEqual([['text.namesRemoved', 'pay']]);
    const pay = r.document.steps.find((s) => s.id === 'pay');
    expect(pay).toMatchObject({ cautions: ['check the IBAN'] });
    expect(r.dropped).toEqual([]);
  });

  it('scores only changes that make nothing worse', () => {
    const before = improve(gallery.tandem2).before;
    expect(
      improvementScore(
        { cycleTimeMean: -5, costPerCase: 0, handoffsPerCase: 0, bottleneckUtilization: 0 },
        before,
      ),
    ).toBeGreaterThan(0);
    expect(
      improvementScore(
        { cycleTimeMean: -5, costPerCase: 3, handoffsPerCase: 0, bottleneckUtilization: 0 },
        before,
      ),
    ).toBeNull();
    expect(
      improvementScore(
        { cycleTimeMean: 0, costPerCase: 0, handoffsPerCase: 0, bottleneckUtilization: 0 },
        before,
      ),
    ).toBeNull();
  });
});
