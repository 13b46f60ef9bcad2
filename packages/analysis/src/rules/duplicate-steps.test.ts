import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { duplicateSteps } from './duplicate-steps';

const { processOf, start, end, task, gate, flow, chain, role } = build;

describe('rule duplicate-steps', () => {
  it('reports the same check done twice by two roles, in Chinese', () => {
    const doc = processOf('dup', {
      roles: [role('buyer'), role('finance')],
      steps: [
        start('start', 60),
        task('c1', 'buyer', 5, { name: '审核发票', kind: 'review' }),
        task('c2', 'finance', 5, { name: '复核发票', kind: 'review' }),
        end(),
      ],
      flows: chain('start', 'c1', 'c2', 'end'),
    });
    const [f] = duplicateSteps.check(new RuleContext(doc));
    expect(f).toMatchObject({
      kind: 'duplicate-steps',
      severity: 'warning',
      steps: ['c1', 'c2'],
      roles: ['buyer', 'finance'],
    });
    expect(f!.evidence.extraWorkPerCase).toBeCloseTo(5, 12);
  });

  it('reports two checks on exactly the same data whatever their names', () => {
    const data = { inputs: ['invoice', 'po'], outputs: ['ok'] };
    const doc = processOf('same', {
      roles: [role('a'), role('b')],
      steps: [
        start(),
        task('x', 'a', 5, { name: 'Audit claim', kind: 'review', ...data }),
        task('y', 'b', 5, { name: 'Cashier look-over', kind: 'review', ...data }),
        end(),
      ],
      flows: chain('start', 'x', 'y', 'end'),
    });
    expect(duplicateSteps.check(new RuleContext(doc))).toHaveLength(1);
  });

  it('accepts different work, alternatives, approvals by two roles, and a required repeat', () => {
    const doc = processOf('ok', {
      roles: [role('a'), role('b')],
      steps: [
        start(),
        task('fill', 'a', 5, { name: '填写采购单' }),
        task('approve', 'b', 5, { name: '审批采购单', kind: 'approval' }),
        gate('x', 'xor'),
        task('ship1', 'a', 5, { name: 'Ship goods by road' }),
        task('ship2', 'b', 5, { name: 'Ship goods by road' }),
        gate('m', 'xor'),
        task('ap2', 'a', 5, { name: 'Approve', kind: 'approval' }),
        task('c1', 'a', 5, { name: 'Check invoice', kind: 'review' }),
        task('c2', 'b', 5, { name: 'Verify invoice', kind: 'review', control: true }),
        end(),
      ],
      flows: [
        ...chain('start', 'fill', 'approve', 'x'),
        flow('x', 'ship1', { probability: 0.5 }),
        flow('x', 'ship2', { probability: 0.5 }),
        flow('ship1', 'm'),
        flow('ship2', 'm'),
        ...chain('m', 'ap2', 'c1', 'c2', 'end'),
      ],
    });
    expect(duplicateSteps.check(new RuleContext(doc))).toEqual([]);
  });
});
