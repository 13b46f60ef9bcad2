import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { availableActions } from './availableActions';
import { compileMachine } from './compileMachine';
import { emitMachineConfig } from './emitMachineConfig';
import { claimsProcess } from './testing/claimsProcess';

describe('CM-TERMINATE a terminate end finishes the whole case at once', () => {
  it('CM-TERMINATE reached in one parallel branch, it stops the others and the case is done', () => {
    const actor = createActor(compileMachine(claimsProcess()), {
      input: { data: { injury: false, amount: 1, fraud: true } },
    }).start();
    for (const id of ['register', 'standard', 'audit'])
      actor.send({ type: 'COMPLETE', stepId: id });
    const s = actor.getSnapshot();
    expect(s.status).toBe('done');
    expect(availableActions(s).tasks).toEqual([]);
    expect(s.context.history.map((h) => h.stepId).slice(-3)).toEqual(['audit', 'fraud', 'stopped']);
    expect(s.context.history.at(-1)).toMatchObject({ stepId: 'stopped', outcome: 'ended' });
    // payout never completed: its branch was stopped
    expect(s.context.history.some((h) => h.stepId === 'payout')).toBe(false);
    expect(s.output).toEqual({ data: s.context.data, history: s.context.history });
  });

  it('CM-TERMINATE its state is a final state of the machine, with an id branches target', () => {
    const config = emitMachineConfig(claimsProcess());
    expect(config.states.stopped).toMatchObject({
      id: 'stopped@terminate',
      type: 'final',
      meta: { stepId: 'stopped', terminate: true },
    });
    const json = JSON.stringify(config);
    expect(json).toContain('"target":"#stopped@terminate"');
  });
});
