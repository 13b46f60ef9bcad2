import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { raciConflict } from './raci-conflict';

describe('rule raci-conflict', () => {
  it('reports the responsible role also listed as consulted or informed', () => {
    const { processOf, start, end, task, chain, role } = build;
    const doc = processOf('raci', {
      roles: [role('clerk'), role('boss')],
      steps: [
        start(),
        task('a', 'clerk', 1, {
          raci: { accountable: 'clerk', consulted: ['clerk'], informed: ['boss', 'clerk'] },
        }),
        end(),
      ],
      flows: chain('start', 'a', 'end'),
    });
    expect(raciConflict.check(new RuleContext(doc)).map((f) => f.id)).toEqual([
      'raci-conflict:a,consulted',
      'raci-conflict:a,informed',
    ]);
  });

  it('accepts R = A, and tasks without RACI', () => {
    expect(raciConflict.check(new RuleContext(gallery.doubleApproval))).toEqual([]);
  });
});
