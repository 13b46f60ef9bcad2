import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { deadEnd } from './dead-end';

describe('rule dead-end', () => {
  it('accepts a process whose every step leads on or is an end', () => {
    expect(deadEnd.check(new RuleContext(gallery.andSplitJoin))).toEqual([]);
  });

  it('reports steps that lead nowhere', () => {
    const found = deadEnd.check(new RuleContext(gallery.unfinished));
    expect(found.map((f) => f.steps[0])).toEqual(['a', 'loose']);
    expect(found.every((f) => f.kind === 'dead-end' && f.severity === 'error')).toBe(true);
  });
});
