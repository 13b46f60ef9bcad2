import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { redundantApproval } from './redundant-approval';

const { processOf, start, end, task, chain, role } = build;

describe('rule redundant-approval', () => {
  it('reports the same approver twice in one case', () => {
    expect(redundantApproval.check(new RuleContext(gallery.doubleApproval))).toMatchObject([
      {
        kind: 'redundant-approval',
        severity: 'warning',
        steps: ['approve1', 'approve2'],
        roles: ['manager'],
      },
    ]);
  });

  it('reports approving again what was already approved, unless the second is a control', () => {
    const steps = (control: boolean) => [
      start(),
      task('a1', 'mgr', 5, { kind: 'approval', inputs: ['pr'] }),
      task('a2', 'gm', 5, { kind: 'approval', inputs: ['pr'], control }),
      end(),
    ];
    const doc = (control: boolean) =>
      processOf('x', {
        roles: [role('mgr'), role('gm')],
        steps: steps(control),
        flows: chain('start', 'a1', 'a2', 'end'),
      });
    expect(redundantApproval.check(new RuleContext(doc(false)))).toHaveLength(1);
    expect(redundantApproval.check(new RuleContext(doc(true)))).toEqual([]);
  });

  it('calls a later approval of higher authority a control to keep, not redundancy', () => {
    const doc = (names: [string, string]) =>
      processOf('x', {
        language: 'zh-CN',
        roles: [
          { ...role('r1'), name: names[0] },
          { ...role('r2'), name: names[1] },
        ],
        steps: [
          start(),
          task('a1', 'r1', 5, { kind: 'approval', inputs: ['pr'], name: `${names[0]}审批` }),
          task('a2', 'r2', 5, { kind: 'approval', inputs: ['pr'], name: `${names[1]}审批` }),
          end(),
        ],
        flows: chain('start', 'a1', 'a2', 'end'),
      });
    const [control] = redundantApproval.check(
      new RuleContext(doc(['部门经理', '总经理']), 'zh-CN'),
    );
    expect(control?.message).toContain('它是控制点（授权额度），不能取消');
    const [same] = redundantApproval.check(new RuleContext(doc(['采购员', '出纳']), 'zh-CN'));
    expect(same?.message).not.toContain('控制点');
  });

  it('accepts one approval per role, and approvals in exclusive branches', () => {
    expect(redundantApproval.check(new RuleContext(gallery.xorSplitJoin))).toEqual([]);
  });
});
