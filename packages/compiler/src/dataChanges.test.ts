import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { build } from '@flowsmith/model';
import { availableActions } from './availableActions';
import { caseDataFields } from './caseDataFields';
import { compileMachine } from './compileMachine';
import { emitMachineConfig } from './emitMachineConfig';
import { applyChanges } from './runtime';
import { dataChanges } from './taskState';
import { claimsProcess } from './testing/claimsProcess';

describe('CM-SET a task changes the case data when it completes', () => {
  it('CM-SET fixed values and additions apply after the event data; drawn values come from the event', () => {
    const actor = createActor(compileMachine(claimsProcess()), {
      input: { data: { injury: false, amount: 1, registered: false } },
    }).start();
    actor.send({ type: 'COMPLETE', stepId: 'register', data: { score: 7, registered: false } });
    expect(actor.getSnapshot().context.data).toEqual({
      injury: false,
      amount: 1,
      registered: true,
      rounds: 1,
      score: 7,
    });
  });

  it('CM-SET only fixed values and additions are machine changes, in key order', () => {
    expect(dataChanges(claimsProcess().steps[1] as Parameters<typeof dataChanges>[0])).toEqual([
      { name: 'rounds', add: 1 },
      { name: 'registered', value: true },
    ]);
    expect(applyChanges({ rounds: 'x' }, [{ name: 'rounds', add: 2 }])).toEqual({ rounds: 2 });
    expect(
      applyChanges({ n: 1 }, [
        { name: 'n', add: 2 },
        { name: 'n', add: 3 },
      ]),
    ).toEqual({ n: 6 });
    const safe = applyChanges({}, [{ name: '__proto__', value: 1 }]);
    expect(Object.getPrototypeOf(safe)).toBe(Object.prototype);
    expect(Object.keys(safe)).toEqual(['__proto__']);
  });

  it('CM-SET a system task done by its actor applies the changes after its output', async () => {
    const doc = build.processOf('sys', {
      roles: [build.role('erp')],
      steps: [
        build.start('start'),
        build.task('post', 'erp', 1, { kind: 'system', sets: { posted: true, count: { add: 1 } } }),
        build.end('end'),
      ],
      flows: build.chain('start', 'post', 'end'),
    });
    const actor = createActor(
      compileMachine(doc, {
        actors: { post: fromPromise(async () => ({ data: { posted: false, ref: 'A1' } })) },
      }),
      { input: { data: { count: 4 } } },
    ).start();
    await new Promise((resolve) => setImmediate(resolve));
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.data).toEqual({ count: 5, posted: true, ref: 'A1' });
    expect(JSON.stringify(emitMachineConfig(doc))).toContain(
      '"sets":[{"name":"posted","value":true}',
    );
  });

  it('CM-DATA names tasks set and the case attributes are typed by their values', () => {
    const doc = {
      ...claimsProcess(),
      simulation: { attributes: { tier: { choice: { gold: 1, silver: 3 } }, amount: 100 } },
    };
    const fields = new Map(caseDataFields(doc).map((f) => [f.name, f]));
    expect(fields.get('rounds')).toMatchObject({ types: ['number'], setBy: ['register'] });
    expect(fields.get('registered')).toMatchObject({ types: ['boolean'], setBy: ['register'] });
    expect(fields.get('score')).toMatchObject({ types: ['number'] });
    expect(fields.get('tier')).toMatchObject({ types: ['string'], attribute: true });
    expect(fields.get('amount')).toMatchObject({ types: ['number'], readBy: ['checks'] });
  });
});

describe('CM-BATCH a batch step is an ordinary task of the case', () => {
  it('CM-BATCH each case waits at the step; its meta and open task carry the batch settings', () => {
    const batch = { size: 5, window: { value: 1, unit: 'd' as const } };
    const doc = build.processOf('batched', {
      roles: [build.role('cashier')],
      steps: [build.start('start'), build.task('pay', 'cashier', 5, { batch }), build.end('end')],
      flows: build.chain('start', 'pay', 'end'),
    });
    const actor = createActor(compileMachine(doc), { input: { data: {} } }).start();
    const [task] = availableActions(actor.getSnapshot()).tasks;
    expect(task).toMatchObject({ stepId: 'pay', batch });
    actor.send({ type: 'COMPLETE', stepId: 'pay' });
    expect(actor.getSnapshot().status).toBe('done');
  });
});
