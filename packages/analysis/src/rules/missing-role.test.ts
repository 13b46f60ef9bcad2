import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { missingRole } from './missing-role';

describe('rule missing-role', () => {
  it('accepts tasks with a role, and system tasks without one', () => {
    const { processOf, start, end, task, chain } = build;
    const doc = processOf('sys', {
      steps: [start(), task('auto', undefined, 1, { kind: 'system' }), end()],
      flows: chain('start', 'auto', 'end'),
    });
    expect(missingRole.check(new RuleContext(doc))).toEqual([]);
    expect(missingRole.check(new RuleContext(gallery.doubleApproval))).toEqual([]);
  });

  it('reports manual, approval and review tasks nobody is responsible for', () => {
    const { processOf, start, end, task, chain } = build;
    const doc = processOf('r', {
      steps: [
        start(),
        task('m', undefined),
        task('ap', undefined, 1, { kind: 'approval' }),
        task('rv', undefined, 1, { kind: 'review' }),
        end(),
      ],
      flows: chain('start', 'm', 'ap', 'rv', 'end'),
    });
    expect(missingRole.check(new RuleContext(doc)).map((f) => f.steps[0])).toEqual([
      'm',
      'ap',
      'rv',
    ]);
  });
});
