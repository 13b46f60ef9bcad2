import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { noEnd } from './no-end';

describe('rule no-end', () => {
  it('accepts a process with an end step', () => {
    expect(noEnd.check(new RuleContext(gallery.sequence3))).toEqual([]);
  });

  it('reports the unfinished drawing', () => {
    expect(noEnd.check(new RuleContext(gallery.unfinished)).map((f) => f.severity)).toEqual([
      'error',
    ]);
  });
});
