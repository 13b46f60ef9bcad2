import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { unreachable } from './unreachable';

describe('rule unreachable', () => {
  it('accepts a connected process', () => {
    expect(unreachable.check(new RuleContext(gallery.reworkLoop))).toEqual([]);
  });

  it('reports each step no path from a start leads to', () => {
    expect(unreachable.check(new RuleContext(gallery.unfinished)).map((f) => f.steps)).toEqual([
      ['loose'],
    ]);
    expect(unreachable.check(new RuleContext(gallery.livelock)).map((f) => f.id)).toEqual([
      'unreachable:end',
    ]);
  });

  it('says nothing when there is no start (no-start covers it)', () => {
    const doc = build.processOf('x', { steps: [build.task('a', undefined)], flows: [] });
    expect(unreachable.check(new RuleContext(doc))).toEqual([]);
  });
});
