import { afterAll, describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { build, type ProcessDocument } from '@flowsmith/model';
import { availableActions } from './availableActions';
import { compileWarnings } from './compileWarnings';
import { createProcessActor } from './createProcessActor';
import { emitTypeScript } from './emitTypeScript';
import { importModule, removeImportedModules } from './testing/importModule';
import { claimsProcess } from './testing/claimsProcess';
import { clerkProcess } from './testing/clerkProcess';

afterAll(removeImportedModules);

/*
 *   (o) -> <amount?> --amount > 50000--> [wait] -> gm (approval) -> <m> -> order -> (o)
 *               '------default (≤ 50000)------------------------------^
 */
const purchase: ProcessDocument = clerkProcess(
  'purchase',
  [
    build.start(),
    build.gate('amount', 'xor'),
    { id: 'wait', type: 'timer', name: 'wait for the GM', duration: { dist: 'fixed', value: 60 } },
    { ...build.task('gm', 'clerk'), name: 'GM approval', kind: 'approval' },
    build.gate('m', 'xor'),
    'order',
    build.end(),
  ],
  [
    build.flow('start', 'amount'),
    build.flow('amount', 'wait', { condition: 'amount > 50000' }),
    build.flow('amount', 'm', { condition: 'amount <= 50000', default: true }),
    build.flow('wait', 'gm'),
    build.flow('gm', 'm'),
    build.flow('m', 'order'),
    build.flow('order', 'end'),
  ],
);

describe('CM-WARN a default branch that skips a control', () => {
  it('CM-WARN warns when the default skips an approval reached only under a condition', () => {
    expect(compileWarnings(purchase)).toEqual([
      expect.objectContaining({ code: 'default-skips-control', ids: ['amount', 'amount-m', 'gm'] }),
    ]);
    expect(compileWarnings(purchase, 'zh-CN')[0]!.message).toContain(
      '默认分支 amount-m 跳过了“GM approval”',
    );
  });

  it("CM-WARN CM-OR warns when an or-split's default skips a control of another branch", () => {
    // Without the loop back (a step of a rework loop was passed before the decision).
    const looped = claimsProcess();
    const claims = { ...looped, flows: looped.flows.filter((f) => f.id !== 'fAgain') };
    expect(compileWarnings(claims)).toEqual([]);
    const controlled = {
      ...claims,
      steps: claims.steps.map((s) => (s.id === 'medical' ? { ...s, control: true } : s)),
    };
    expect(compileWarnings(controlled)).toEqual([
      expect.objectContaining({ ids: ['checks', 'fStd', 'medical'] }),
    ]);
  });

  it('CM-WARN warns for a step marked control, not for ordinary work', () => {
    const asTask = {
      ...purchase,
      steps: purchase.steps.map((s) => (s.id === 'gm' ? { ...s, kind: 'manual' as const } : s)),
    };
    expect(compileWarnings(asTask)).toEqual([]);
    const asControl = {
      ...asTask,
      steps: asTask.steps.map((s) => (s.id === 'gm' ? { ...s, control: true } : s)),
    };
    expect(compileWarnings(asControl).map((w) => w.ids[2])).toEqual(['gm']);
  });

  it('CM-WARN no warning when the default also passes the approval, or there is no default', () => {
    const noDefault = {
      ...purchase,
      flows: purchase.flows.map((f) => (f.id === 'amount-m' ? { ...f, default: undefined } : f)),
    };
    expect(compileWarnings(noDefault)).toEqual([]);
  });

  it('CM-WARN no warning for an approval of a rework loop that leads back to the decision', () => {
    // gm → amount again: the approval was passed before the decision, the default skips nothing.
    const loop = {
      ...purchase,
      flows: purchase.flows.map((f) => (f.id === 'gm-m' ? { ...f, to: 'amount' } : f)),
    };
    expect(compileWarnings(loop)).toEqual([]);
  });
});

describe('CM-XOR-DATA a decision whose data is missing waits for it', () => {
  it('CM-XOR-DATA without amount the case waits instead of taking the default, then decides on SET_DATA', () => {
    const actor = createProcessActor(purchase);
    expect(actor.getSnapshot().value).toBe('amount');
    expect(availableActions(actor.getSnapshot()).waiting).toEqual([
      { stepId: 'amount', name: 'amount', type: 'xor', missing: ['amount'] },
    ]);
    actor.send({ type: 'SET_DATA', data: { amount: 80000 } });
    expect(actor.getSnapshot().value).toBe('wait');
  });

  it('CM-XOR-DATA with the data given the decision is taken at once, the default when it says so', () => {
    const actor = createProcessActor(purchase, { data: { amount: 100 } });
    expect(actor.getSnapshot().value).toBe('order');
  });

  it('CM-XOR-DATA CM-TS the emitted module waits the same way', async () => {
    const mod = await importModule(emitTypeScript(purchase));
    const actor = createActor(mod.machine as AnyStateMachine, { input: { data: {} } }).start();
    expect(actor.getSnapshot().value).toBe('amount');
    actor.send({ type: 'SET_DATA', data: { amount: 80000 } });
    expect(actor.getSnapshot().value).toBe('wait');
    actor.stop();
  });

  it('CM-XOR-DATA CM-SUB SET_DATA reaches a decision waiting inside a subprocess', () => {
    const parent = clerkProcess(
      'parent',
      [
        build.start(),
        { id: 'sub', type: 'subprocess', name: 'sub', process: 'purchase' },
        build.end(),
      ],
      [build.flow('start', 'sub'), build.flow('sub', 'end')],
    );
    const actor = createProcessActor(parent, {
      resolveProcess: (id) => (id === 'purchase' ? purchase : undefined),
    });
    const waiting = availableActions(actor.getSnapshot()).waiting;
    expect(waiting).toContainEqual({
      stepId: 'amount',
      name: 'amount',
      type: 'xor',
      missing: ['amount'],
      via: ['sub'],
    });
    actor.send({ type: 'SET_DATA', data: { amount: 5 } });
    expect(availableActions(actor.getSnapshot()).tasks.map((t) => t.stepId)).toEqual(['order']);
    expect(actor.getSnapshot().context.data).toEqual({ amount: 5 });
  });
});
