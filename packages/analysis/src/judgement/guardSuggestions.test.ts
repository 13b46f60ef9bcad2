import { describe, expect, it } from 'vitest';
import { RuleContext } from '../ruleContext';
import type { Finding } from '../types';
import { purchaseWithLimit } from './fixtures';
import { guardSuggestions } from './guardSuggestions';

const finding = (suggestions: Finding['suggestions']): Finding => ({
  id: 'redundant-approval:approve,gm',
  kind: 'redundant-approval',
  severity: 'warning',
  steps: ['approve', 'gm'],
  roles: ['manager', 'gm'],
  message: '',
  evidence: {},
  impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 },
  suggestions,
});

describe('guardSuggestions', () => {
  it('withholds cutting the GM approval and offers to keep it cheaper instead', () => {
    const ctx = new RuleContext(purchaseWithLimit(), 'zh-CN');
    const f = finding([
      {
        id: 'eliminate:redundant-approval:approve,gm',
        move: 'eliminate',
        message: '取消第二次审批',
        commands: [{ id: 'steps.remove', params: { ids: ['gm'] } }],
        touches: ['gm'],
      },
    ]);
    guardSuggestions(ctx, f);
    expect(f.withheld).toMatchObject([
      {
        suggestion: { id: 'eliminate:redundant-approval:approve,gm' },
        code: 'removes-control',
        reason: expect.stringContaining('金额 > 5万'),
      },
    ]);
    expect(f.suggestions.map((s) => s.id)).toEqual([
      'simplify:redundant-approval:approve,gm:e-sign',
      'simplify:redundant-approval:approve,gm:delegate',
    ]);
    const [esign] = f.suggestions;
    expect(esign!.message).toContain('保留控制点「总经理审批」');
    expect(esign!.commands).toEqual([
      {
        id: 'step.update',
        params: {
          id: 'gm',
          changes: {
            instructions: '在 4 小时内完成电子签批；超时系统自动升级给指定的授权代理人。',
            sla: { value: 4, unit: 'h' },
          },
        },
      },
      {
        id: 'step.update',
        params: {
          id: 'wait',
          changes: { duration: { dist: 'triangular', min: 0, mode: 1, max: 4, unit: 'h' } },
        },
      },
    ]);
  });

  it('leaves sound advice alone and adds no withheld list', () => {
    const ctx = new RuleContext(purchaseWithLimit());
    const sound = {
      id: 'add-capacity:x',
      move: 'add-capacity' as const,
      message: '',
      commands: [{ id: 'role.update' as const, params: { id: 'store', changes: { capacity: 2 } } }],
      touches: ['store'],
    };
    const f = { ...finding([sound]), kind: 'bottleneck' as const, steps: [] };
    guardSuggestions(ctx, f);
    expect(f.suggestions).toEqual([sound]);
    expect(f.withheld).toBeUndefined();
  });
});
