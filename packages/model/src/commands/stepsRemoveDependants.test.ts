import { describe, expect, it } from 'vitest';
import { chain, end, flow, gate, processOf, role, start, task } from '../testing/build';
import type { ProcessDocument } from '../types/process';
import { expectRoundTrip } from './expectRoundTrip';
import { stepsRemoveDependants } from './stepsRemoveDependants';

/*
 *   (o) -> fill -> <amount?> --big--> [wait GM] -> gm -> <merge> -> order -> (o)
 *                      '-----small--------------------------^
 */
const doc: ProcessDocument = processOf('p', {
  description: '现行流程：申请人填单；大额由总经理审批后下单。每周统计一次。',
  roles: [role('clerk'), role('gmRole')],
  data: [
    { id: 'pr', name: '申请单' },
    { id: 'sig', name: '总经理签字' },
    { id: 'memo', name: '审批意见' },
  ],
  steps: [
    start(),
    task('fill', 'clerk', 5, {
      outputs: ['pr'],
      instructions: '填写申请单。超过 5 万元的请放入总经理审批文件夹。写明用途。',
      cautions: ['附报价单', '总经理审批前不得下单'],
    }),
    gate('amount', 'xor'),
    {
      id: 'wait',
      type: 'timer',
      name: '等待总经理签字',
      duration: { dist: 'fixed', value: 1, unit: 'd' },
    },
    task('gm', 'gmRole', 15, { name: '总经理审批', inputs: ['pr'], outputs: ['sig', 'memo'] }),
    gate('merge', 'xor'),
    task('order', 'clerk', 10, { inputs: ['pr', 'memo'], description: '按申请单下单' }),
    end(),
  ],
  flows: [
    ...chain('start', 'fill', 'amount'),
    flow('amount', 'wait', { label: '送总经理审批', condition: 'amount > 50000' }),
    flow('amount', 'merge', { label: '金额 ≤ 5万', default: true }),
    ...chain('wait', 'gm', 'merge', 'order', 'end'),
    flow('order', 'merge', { label: '总经理审批后补录' }),
  ],
});

describe('steps.remove with dependants (SPEC.md RM)', () => {
  it('RM-1 a timer whose only way out leads to the removed step goes with it', () => {
    const plan = stepsRemoveDependants(doc, new Set(['gm']));
    expect(plan.timers).toEqual(['wait']);
    const { document } = expectRoundTrip(doc, {
      id: 'steps.remove',
      params: { ids: ['gm'], dependants: true },
    });
    expect(document.steps.map((s) => s.id)).not.toContain('wait');
    expect(document.flows.some((f) => f.from === 'wait' || f.to === 'wait')).toBe(false);
  });

  it('RM-1 a timer with another way out stays', () => {
    const other = { ...doc, flows: [...doc.flows, flow('wait', 'order')] };
    expect(stepsRemoveDependants(other, new Set(['gm'])).timers).toEqual([]);
  });

  it('RM-2 data only the removed step produced goes; a remaining reader is reported', () => {
    const plan = stepsRemoveDependants(doc, new Set(['gm']));
    expect(plan.data).toEqual(['sig']);
    const memo = plan.warnings.find((w) => w.code === 'data.producerRemoved');
    expect(memo).toMatchObject({ stepId: 'order' });
    expect(memo!.message['zh-CN']).toBe(
      '「order」读取「审批意见」，而它只由已删除的「总经理审批」产生',
    );
    expect(memo!.message.en).toContain('"审批意见"');
    const { document } = expectRoundTrip(doc, {
      id: 'steps.remove',
      params: { ids: ['gm'], dependants: true },
    });
    expect(document.data!.map((d) => d.id)).toEqual(['pr', 'memo']);
  });

  it('RM-3 a remaining flow label naming the removed step is deleted and reported', () => {
    const plan = stepsRemoveDependants(doc, new Set(['gm']));
    expect(plan.warnings.filter((w) => w.code === 'flow.labelNamesRemoved')).toEqual([
      expect.objectContaining({ stepId: 'order', flowId: 'order-merge' }),
    ]);
    const { document } = expectRoundTrip(doc, {
      id: 'steps.remove',
      params: { ids: ['gm'], dependants: true },
    });
    expect(document.flows.find((f) => f.id === 'order-merge')).toEqual(flow('order', 'merge'));
  });

  it('RM-4 sentences and cautions naming the removed step are taken out and reported', () => {
    const { document } = expectRoundTrip(doc, {
      id: 'steps.remove',
      params: { ids: ['gm'], dependants: true },
    });
    const fill = document.steps.find((s) => s.id === 'fill');
    expect(fill).toMatchObject({ instructions: '填写申请单。写明用途。', cautions: ['附报价单'] });
    const plan = stepsRemoveDependants(doc, new Set(['gm']));
    expect(plan.warnings.find((w) => w.code === 'text.namesRemoved')).toMatchObject({
      stepId: 'fill',
    });
    expect(document.description).toBe('现行流程：申请人填单；每周统计一次。');
    expect(JSON.stringify(document)).not.toContain('总经理审批');
    expect(plan.warnings.map((w) => w.code)).toContain('description.namesRemoved');
  });

  it('RM-4 only the clauses naming the removed step go; the sentence keeps its end', () => {
    const texts = {
      ...doc,
      steps: doc.steps.map((s) =>
        s.id === 'order'
          ? { ...s, description: '总经理审批后，在 ERP 中下单。录入草稿，打印后送总经理审批。' }
          : s,
      ),
    };
    const plan = stepsRemoveDependants(texts, new Set(['gm']));
    expect(plan.texts.find((t) => t.stepId === 'order')!.changes).toEqual({
      description: '在 ERP 中下单。录入草稿。',
    });
    const english = {
      ...doc,
      steps: doc.steps.map((s) =>
        s.id === 'order'
          ? { ...s, name: 'GM sign-off' }
          : s.id === 'fill'
            ? {
                ...s,
                instructions: 'Pay 1.5 % once GM sign-off is done. Keep the receipt, file it.',
              }
            : s,
      ),
    };
    expect(stepsRemoveDependants(english, new Set(['order'])).texts[0]!.changes).toEqual({
      instructions: 'Keep the receipt, file it.',
    });
  });

  it("RM-4 a removed name inside a remaining step's name does not count", () => {
    const short = {
      ...doc,
      steps: doc.steps.map((s) =>
        s.id === 'gm'
          ? { ...s, name: '审批' }
          : s.id === 'order'
            ? { ...s, name: '部门经理审批', description: '部门经理审批后下单。审批之后归档。' }
            : s,
      ),
    };
    const plan = stepsRemoveDependants(short, new Set(['gm']));
    expect(plan.texts.find((t) => t.stepId === 'order')!.changes).toEqual({
      description: '部门经理审批后下单。',
    });
  });

  it('RM-4 without dependants the command removes only the steps (as before)', () => {
    const { document } = expectRoundTrip(doc, { id: 'steps.remove', params: { ids: ['gm'] } });
    expect(document.steps.map((s) => s.id)).toContain('wait');
    expect(document.data).toHaveLength(3);
  });

  it('RM-5 a merge only reports text naming a merged step its new name drops', () => {
    const named = stepsRemoveDependants(doc, new Set(['gm']), { merged: { name: '审批' } });
    expect(named.timers).toEqual([]);
    expect(named.data).toEqual([]);
    expect(named.texts).toEqual([]);
    expect(named.warnings.map((w) => w.code)).toEqual([
      'flow.labelNamesRemoved', // amount → wait still names it
      'flow.labelNamesRemoved',
      'text.namesMerged',
    ]);
    const kept = stepsRemoveDependants(doc, new Set(['gm']), {
      merged: { name: 'fill + 总经理审批' },
    });
    expect(kept.warnings).toEqual([]);
  });
});
