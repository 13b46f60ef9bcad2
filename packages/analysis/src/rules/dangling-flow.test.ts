import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { danglingFlow } from './dangling-flow';

describe('rule dangling-flow', () => {
  it('accepts flows between existing steps', () => {
    expect(danglingFlow.check(new RuleContext(gallery.sequence3))).toEqual([]);
  });

  it('reports a flow to a step that does not exist', () => {
    const doc = {
      ...gallery.sequence3,
      flows: [...gallery.sequence3.flows, build.flow('c', 'ghost')],
    };
    expect(danglingFlow.check(new RuleContext(doc))).toMatchObject([
      { id: 'dangling-flow:c-ghost', severity: 'error', steps: ['c'] },
    ]);
  });
});
