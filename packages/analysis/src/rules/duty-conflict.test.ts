import { build } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { purchaseWithLimit } from '../judgement/fixtures';
import { RuleContext } from '../ruleContext';
import { dutyConflict } from './duty-conflict';

describe('rule duty-conflict', () => {
  it('accepts a purchase where requesting, approving, buying, receiving and paying are apart', () => {
    expect(dutyConflict.check(new RuleContext(purchaseWithLimit()))).toEqual([]);
  });

  it('reports the buyer who also receives the goods, once per pair', () => {
    const doc = purchaseWithLimit();
    doc.steps = doc.steps.map((s) => (s.id === 'receive' ? { ...s, role: 'buyer' } : s));
    expect(dutyConflict.check(new RuleContext(doc, 'zh-CN'))).toMatchObject([
      {
        id: 'duty-conflict:buyer,purchase/receive',
        kind: 'duty-conflict',
        severity: 'warning',
        steps: ['order', 'receive'],
        roles: ['buyer'],
        message: expect.stringContaining('采购可以确认从未到货的货物已收到'),
      },
    ]);
  });

  it('reports nothing for a pair the document allows', () => {
    const doc = purchaseWithLimit();
    doc.steps = doc.steps.map((s) => (s.id === 'receive' ? { ...s, role: 'buyer' } : s));
    doc.allowedDutyPairs = ['receive/purchase'];
    expect(dutyConflict.check(new RuleContext(doc))).toEqual([]);
  });

  it('reports a clerk who posts entries and reconciles them', () => {
    const { processOf, start, end, task, chain, role } = build;
    const doc = processOf('gl', {
      roles: [role('clerk')],
      steps: [
        start(),
        task('post', 'clerk', 5, { name: 'Post journal entries' }),
        task('rec', 'clerk', 5, { name: 'Bank reconciliation' }),
        end(),
      ],
      flows: chain('start', 'post', 'rec', 'end'),
    });
    expect(dutyConflict.check(new RuleContext(doc)).map((f) => f.id)).toEqual([
      'duty-conflict:clerk,record/reconcile',
    ]);
  });
});
