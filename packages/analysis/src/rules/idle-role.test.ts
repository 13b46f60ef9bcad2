import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { idleRole } from './idle-role';

describe('rule idle-role', () => {
  it('accepts roles that all have tasks', () => {
    expect(idleRole.check(new RuleContext(gallery.doubleApproval))).toEqual([]);
  });

  it('reports a role with no task as info', () => {
    const doc = { ...gallery.mm1, roles: [...gallery.mm1.roles, build.role('auditor')] };
    expect(idleRole.check(new RuleContext(doc))).toMatchObject([
      { roles: ['auditor'], severity: 'info' },
    ]);
  });
});
