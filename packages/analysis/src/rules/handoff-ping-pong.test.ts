import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { handoffPingPong } from './handoff-ping-pong';

describe('rule handoff-ping-pong', () => {
  it('reports work bouncing manager → finance → manager → finance as a warning', () => {
    const [f] = handoffPingPong.check(new RuleContext(gallery.doubleApproval));
    expect(f).toMatchObject({
      kind: 'handoff-ping-pong',
      severity: 'warning',
      roles: ['finance', 'manager'],
    });
    expect(f!.steps).toEqual(['approve1', 'check', 'approve2', 'pay']);
    expect(f!.evidence.handoffsPerCase).toBe(3);
    expect(f!.evidence.bounces).toBe(2);
  });

  it('counts a rework bounce back to the same step as info only', () => {
    expect(
      handoffPingPong.check(new RuleContext(gallery.reworkLoop)).map((f) => f.severity),
    ).toEqual(['info']);
  });

  it('does not count work dispatched to parallel branches and gathered back', () => {
    expect(handoffPingPong.check(new RuleContext(gallery.andSplitJoin))).toEqual([]);
  });

  it('accepts a straight line through different roles', () => {
    expect(handoffPingPong.check(new RuleContext(gallery.tandem2))).toEqual([]);
  });
});
