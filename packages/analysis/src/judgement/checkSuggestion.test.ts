import type { CommandCall, ProcessDocument } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { RuleContext } from '../ruleContext';
import type { Suggestion } from '../types';
import { checkSuggestion } from './checkSuggestion';
import { purchaseWithLimit } from './fixtures';

const suggestion = (...commands: CommandCall[]): Suggestion => ({
  id: 'x',
  move: 'simplify',
  message: '',
  commands,
  touches: [],
});
const code = (doc: ProcessDocument, ...commands: CommandCall[]) =>
  checkSuggestion(new RuleContext(doc, 'zh-CN'), suggestion(...commands))?.code ?? null;
const reassign = (id: string, role: string): CommandCall => ({
  id: 'step.update',
  params: { id, changes: { role } },
});

describe('checkSuggestion', () => {
  const doc = purchaseWithLimit();

  it('refuses removing, merging away or bypassing a control', () => {
    expect(code(doc, { id: 'steps.remove', params: { ids: ['gm'] } })).toBe('removes-control');
    expect(code(doc, { id: 'steps.merge', params: { ids: ['order', 'receive'] } })).toBe(
      'merges-control',
    );
    // rewiring the threshold branch straight to the merge skips the GM
    expect(
      code(
        doc,
        { id: 'flow.disconnect', params: { id: 'amount-wait' } },
        { id: 'flow.connect', params: { id: 'n', from: 'amount', to: 'merge' } },
      ),
    ).toBe('bypasses-control');
    expect(
      code(doc, {
        id: 'flow.update',
        params: { id: 'amount-wait', changes: { condition: 'amount > 500000' } },
      }),
    ).toBe('bypasses-control');
    expect(
      code(doc, { id: 'step.update', params: { id: 'gm', changes: { kind: 'manual' } } }),
    ).toBe('bypasses-control');
    expect(code(doc, reassign('gm', 'buyer'))).toBe('bypasses-control');
  });

  it('lets a control be rewired when it stays in the flow, or made cheaper', () => {
    expect(
      code(
        doc,
        { id: 'flow.disconnect', params: { id: 'gm-merge' } },
        { id: 'flow.connect', params: { id: 'n', from: 'gm', to: 'order' } },
      ),
    ).toBeNull();
    expect(
      code(doc, {
        id: 'step.update',
        params: { id: 'gm', changes: { sla: { value: 4, unit: 'h' } } },
      }),
    ).toBeNull();
    expect(code(doc, { id: 'steps.remove', params: { ids: ['wait'] } })).toBeNull();
  });

  it('refuses giving one role both duties of a pair, unless the document allows the pair', () => {
    expect(code(doc, reassign('receive', 'buyer'))).toBe('duty-conflict');
    expect(code(doc, reassign('order', 'manager'))).toBe('duty-conflict');
    // a small shop lets its buyers (five of them) receive too
    const shop: ProcessDocument = {
      ...doc,
      allowedDutyPairs: ['receive/purchase'],
      roles: doc.roles.map((r) => (r.id === 'buyer' ? { ...r, capacity: 5 } : r)),
    };
    expect(code(shop, reassign('receive', 'buyer'))).toBeNull();
    expect(code(doc, reassign('pay', 'clerk'))).toBeNull();
    // a role already holding a pair gets no further step of it
    const close = purchaseWithLimit();
    close.steps = close.steps.map((s) => (s.id === 'receive' ? { ...s, role: 'buyer' } : s));
    expect(code(close, reassign('receive', 'buyer'))).toBeNull();
    expect(code(close, reassign('pay', 'buyer'))).toBe('duty-conflict');
  });

  it('refuses moving work onto a role that would be busy above 80 % or as busy as the bottleneck', () => {
    const busy = purchaseWithLimit();
    busy.steps = busy.steps.map((s) =>
      s.id === 'pay' && s.type === 'task'
        ? { ...s, duration: { dist: 'exponential', mean: 45 } }
        : s,
    );
    // 应付会计 at 75 %; adding the 20 min order puts it past 80 %
    expect(code(busy, reassign('order', 'ap'))).toBe('overloads-role');
    // the clerk (5 people, 3 %) could take the request's neighbour, the buyer's order, …
    expect(code(busy, reassign('order', 'clerk'))).toBeNull();
    // 仓库管理员 is the bottleneck at 25 %; 应付会计 taking the 20 min order would be at 50 %
    expect(code(doc, reassign('order', 'ap'))).toBe('new-bottleneck');
  });
});
