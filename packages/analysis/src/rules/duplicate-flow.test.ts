import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { duplicateFlow } from './duplicate-flow';

describe('rule duplicate-flow', () => {
  it('accepts one flow per pair of steps', () => {
    expect(duplicateFlow.check(new RuleContext(gallery.xorSplitJoin))).toEqual([]);
  });

  it('reports two flows between the same steps', () => {
    const doc = {
      ...gallery.sequence3,
      flows: [...gallery.sequence3.flows, build.flow('a', 'b', { id: 'again' })],
    };
    expect(duplicateFlow.check(new RuleContext(doc))).toMatchObject([
      { kind: 'duplicate-flow', severity: 'warning', steps: ['a', 'b'], evidence: { flows: 2 } },
    ]);
  });
});
