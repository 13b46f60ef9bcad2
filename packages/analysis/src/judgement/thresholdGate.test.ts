import { buildGraph, type Flow } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { purchaseWithLimit } from './fixtures';
import { isThresholdFlow, thresholdGate } from './thresholdGate';

const f = (extra: Partial<Flow>): Flow => ({ id: 'f', from: 'a', to: 'b', ...extra });

describe('thresholdGate', () => {
  it('reads "above an amount" from conditions and labels', () => {
    expect(isThresholdFlow(f({ condition: 'amount > 50000' }))).toBe(true);
    expect(isThresholdFlow(f({ condition: '金额 >= 5e4 and type == "capex"' }))).toBe(true);
    expect(isThresholdFlow(f({ condition: '50000 < amount' }))).toBe(true);
    expect(isThresholdFlow(f({ label: '金额 > 5万' }))).toBe(true);
    expect(isThresholdFlow(f({ label: '超过 5 万元' }))).toBe(true);
    expect(isThresholdFlow(f({ label: 'over 10,000' }))).toBe(true);
    expect(isThresholdFlow(f({ condition: 'amount <= 50000', label: '≤ 5万' }))).toBe(false);
    expect(isThresholdFlow(f({ condition: 'complete == true', label: '同意' }))).toBe(false);
  });

  it('looks back through the wait for the signature to the decision', () => {
    const graph = buildGraph(purchaseWithLimit());
    expect(thresholdGate(graph, 'gm')?.id).toBe('amount-wait');
    expect(thresholdGate(graph, 'approve')).toBeUndefined();
    expect(thresholdGate(graph, 'order')).toBeUndefined();
  });

  it('finds the threshold behind an inclusive split too (a legal review above an amount)', () => {
    const doc = purchaseWithLimit();
    const gate = doc.steps.find((x) => x.id === 'amount')!;
    doc.steps = doc.steps.map((x) => (x === gate ? { ...x, type: 'or' as const } : x));
    expect(thresholdGate(buildGraph(doc), 'gm')?.id).toBe('amount-wait');
  });
});
