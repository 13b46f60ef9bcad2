import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { combineCandidate } from './combine-candidate';

describe('rule combine-candidate', () => {
  it('reports consecutive tasks of one role as info, with the queue it saves', () => {
    const found = combineCandidate.check(new RuleContext(gallery.sequence3));
    expect(found.map((f) => f.steps)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'info', roles: ['clerk'] });
    expect(found[0]!.evidence.waitSavedPerCase).toBeGreaterThan(0);
  });

  it('accepts consecutive tasks of different roles, and a two-step loop', () => {
    expect(combineCandidate.check(new RuleContext(gallery.tandem2))).toEqual([]);
    expect(combineCandidate.check(new RuleContext(gallery.livelock))).toEqual([]);
  });
});
