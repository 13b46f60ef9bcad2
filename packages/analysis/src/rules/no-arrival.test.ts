import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { noArrival } from './no-arrival';

describe('rule no-arrival', () => {
  it('accepts a start with an arrival rate', () => {
    expect(noArrival.check(new RuleContext(gallery.mm1))).toEqual([]);
  });

  it('says when utilisation and waits cannot be computed', () => {
    expect(noArrival.check(new RuleContext(gallery.deadlockAfterXor))).toMatchObject([
      { severity: 'info', steps: ['start'] },
    ]);
  });
});
