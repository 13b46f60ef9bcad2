import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { build } from '@flowsmith/model';
import { availableActions } from './availableActions';
import { CompileError } from './CompileError';
import { compileMachine } from './compileMachine';
import { claimsProcess } from './testing/claimsProcess';

const open = (actor: { getSnapshot(): Parameters<typeof availableActions>[0] }) =>
  availableActions(actor.getSnapshot())
    .tasks.map((t) => t.stepId)
    .sort();

const start = (data: Record<string, unknown>, byPeople = false) => {
  const actor = createActor(compileMachine(claimsProcess(byPeople)), { input: { data } }).start();
  actor.send({ type: 'COMPLETE', stepId: 'register' });
  return actor;
};

describe('CM-OR inclusive split and join', () => {
  it('CM-OR the split takes every flow whose condition holds, and the join waits for exactly those', () => {
    const actor = start({ injury: true, amount: 5000, fraud: false, again: false });
    expect(open(actor)).toEqual(['medical', 'police']);
    actor.send({ type: 'COMPLETE', stepId: 'police' });
    expect(open(actor)).toEqual(['medical']);
    actor.send({ type: 'COMPLETE', stepId: 'medical' });
    expect(open(actor)).toEqual(['audit', 'payout']);
    const took = actor.getSnapshot().context.history.find((h) => h.stepId === 'checks');
    expect(took).toMatchObject({ outcome: 'took-flows', flowIds: ['fMed', 'fPol'] });
    const joined = actor.getSnapshot().context.history.filter((h) => h.stepId === 'checked');
    expect(joined).toHaveLength(1);
  });

  it('CM-OR one condition alone starts one branch; none takes the default', () => {
    expect(open(start({ injury: false, amount: 5000 }))).toEqual(['police']);
    expect(open(start({ injury: false, amount: 10 }))).toEqual(['standard']);
  });

  it('CM-OR CM-XOR-DATA a split whose conditions lack data waits for them, listing the names', () => {
    const actor = start({ amount: 10 });
    expect(open(actor)).toEqual([]);
    expect(availableActions(actor.getSnapshot()).waiting).toEqual([
      { stepId: 'checks', name: 'Which checks?', type: 'or', missing: ['injury'] },
    ]);
    actor.send({ type: 'SET_DATA', data: { injury: true } });
    expect(open(actor)).toEqual(['medical']);
  });

  it('CM-OR without conditions people name the flows: one or more, or the default alone', () => {
    const actor = start({}, true);
    const [decision] = availableActions(actor.getSnapshot()).decisions;
    expect(decision).toMatchObject({ stepId: 'checks', inclusive: true });
    expect(decision!.flows.map((f) => [f.flowId, f.default ?? false])).toEqual([
      ['fMed', false],
      ['fPol', false],
      ['fStd', true],
    ]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.can({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fStd', 'fMed'] })).toBe(
      false,
    );
    expect(snapshot.can({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fMed', 'fMed'] })).toBe(
      false,
    );
    expect(snapshot.can({ type: 'CHOOSE', stepId: 'checks', flowIds: [] })).toBe(false);
    expect(snapshot.can({ type: 'CHOOSE', stepId: 'checks', flowId: 'fMed' })).toBe(false);
    actor.send({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fPol', 'fMed'], by: 'ann' });
    expect(open(actor)).toEqual(['medical', 'police']);
    // Written in the gateway's order, whatever the order named.
    expect(actor.getSnapshot().context.history.at(-1)).toMatchObject({
      stepId: 'checks',
      by: 'ann',
      flowIds: ['fMed', 'fPol'],
    });
  });

  it('CM-OR in a loop each round joins the branches of that round only', () => {
    const actor = start({ injury: true, amount: 5000, fraud: false, again: true });
    for (const id of ['medical', 'police', 'payout', 'audit']) {
      actor.send({ type: 'COMPLETE', stepId: id });
    }
    // Back at register (rounds is 1 < 2); this round only the standard check.
    actor.send({ type: 'SET_DATA', data: { injury: false, amount: 1 } });
    actor.send({ type: 'COMPLETE', stepId: 'register' });
    expect(open(actor)).toEqual(['standard']);
    for (const id of ['standard', 'payout', 'audit']) actor.send({ type: 'COMPLETE', stepId: id });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('CM-OR CM-ERR an or-join that closes no or-split is refused, naming it', () => {
    const doc = build.processOf('loose', {
      roles: [build.role('r')],
      steps: [
        build.start('start'),
        build.gate('x', 'xor'),
        build.task('a', 'r', 1),
        build.task('b', 'r', 1),
        { id: 'j', type: 'or', name: 'j' },
        build.end('end'),
      ],
      flows: [
        build.flow('start', 'x'),
        build.flow('x', 'a'),
        build.flow('x', 'b'),
        build.flow('a', 'j'),
        build.flow('b', 'j'),
        build.flow('j', 'end'),
      ],
    });
    expect(() => compileMachine(doc)).toThrow(CompileError);
    try {
      compileMachine(doc);
    } catch (e) {
      expect((e as CompileError).problems).toEqual([
        expect.objectContaining({ code: 'inclusive-join-without-split', ids: ['j'] }),
      ]);
      expect((e as CompileError).messageIn('zh-CN')).toContain('包容汇合“j”');
    }
  });
});
