import { describe, it, expect } from 'vitest';
import { fromPromise, SimulatedClock, waitFor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { acceptsTrace, build, gallery, type ProcessDocument } from '@flowsmith/model';
import { availableActions } from './availableActions';
import { compileMachine } from './compileMachine';
import { createProcessActor } from './createProcessActor';
import { emitMachineConfig } from './emitMachineConfig';
import { clerkProcess } from './testing/clerkProcess';
import { traceOf } from './testing/driveCase';

const resolveProcess = (id: string) => (gallery as Record<string, ProcessDocument>)[id];
const steps = (actor: { getSnapshot(): { context: { history: Array<{ stepId: string }> } } }) =>
  actor.getSnapshot().context.history.map((h) => h.stepId);

describe('compileMachine: one rule per construct, on the gallery', () => {
  it('CM-SEQ CM-START CM-END a sequence runs task by task and is done at the end', () => {
    const actor = createProcessActor(gallery.sequence3);
    expect(actor.getSnapshot().value).toBe('a');
    for (const id of ['a', 'b', 'c']) actor.send({ type: 'COMPLETE', stepId: id });
    expect(actor.getSnapshot().status).toBe('done');
    expect(steps(actor)).toEqual(['start', 'a', 'b', 'c', 'end']);
    expect(actor.getSnapshot().context.history.map((h) => h.outcome)).toEqual([
      'started',
      'completed',
      'completed',
      'completed',
      'ended',
    ]);
    expect(actor.getSnapshot().output).toEqual({
      data: {},
      history: actor.getSnapshot().context.history,
    });
  });

  it('CM-TASK a task waits for COMPLETE with its own step id; other events are not taken', () => {
    const actor = createProcessActor(gallery.sequence3);
    expect(actor.getSnapshot().can({ type: 'COMPLETE', stepId: 'b' })).toBe(false);
    actor.send({ type: 'COMPLETE', stepId: 'b' });
    actor.send({ type: 'CHOOSE', stepId: 'a', flowId: 'a-b' });
    expect(actor.getSnapshot().value).toBe('a');
    expect(steps(actor)).toEqual(['start']);
  });

  it('CM-TASK CM-META CM-HIST meta carries name, kind, role, RACI, instructions, cautions, SLA; the role is a tag; who and data are recorded', () => {
    const doc = build.processOf('p', {
      roles: [build.role('clerk'), build.role('boss')],
      steps: [
        build.start(),
        build.task('fill', 'clerk', 5, {
          name: '填写 <b>采购单</b>',
          kind: 'approval',
          raci: { accountable: 'boss', informed: ['clerk'] },
          instructions: 'Use form 7',
          cautions: ['check totals'],
          sla: { value: 2, unit: 'h' },
        }),
        build.end(),
      ],
      flows: build.chain('start', 'fill', 'end'),
    });
    const actor = createProcessActor(doc, { data: { amount: 3 } });
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('clerk')).toBe(true);
    expect(snapshot.hasTag('boss')).toBe(false);
    expect(Object.values(snapshot.getMeta())).toEqual([
      {
        stepId: 'fill',
        index: 1,
        type: 'task',
        name: '填写 <b>采购单</b>',
        kind: 'approval',
        role: { id: 'clerk', name: 'clerk' },
        raci: { accountable: 'boss', informed: ['clerk'] },
        instructions: 'Use form 7',
        cautions: ['check totals'],
        slaMinutes: 120,
      },
    ]);
    actor.send({
      type: 'COMPLETE',
      stepId: 'fill',
      by: 'li.lei',
      outcome: 'approved',
      data: { ok: true },
      at: 42,
    });
    const entry = actor.getSnapshot().context.history[1];
    expect(entry).toEqual({ stepId: 'fill', by: 'li.lei', at: 42, outcome: 'approved' });
    expect(actor.getSnapshot().context.data).toEqual({ amount: 3, ok: true });
  });

  it('CM-TASK case data from JSON with a __proto__ key stays plain data', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "n": 1}') as Record<string, unknown>;
    const actor = createProcessActor(gallery.mm1, { data });
    actor.send({ type: 'COMPLETE', stepId: 'serve', data: JSON.parse('{"__proto__": {"x": 1}}') });
    const result = actor.getSnapshot().context.data;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result).sort()).toEqual(['__proto__', 'n']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('CM-TASK a task completed without `by` is recorded as done by its role', () => {
    const actor = createProcessActor(gallery.mm1);
    actor.send({ type: 'COMPLETE', stepId: 'serve' });
    expect(actor.getSnapshot().context.history[1]).toMatchObject({ stepId: 'serve', by: 'clerk' });
  });

  it('CM-TASK a system task invokes the actor the host provides; its output data joins the case', async () => {
    const pay = fromPromise(async ({ input }: { input: { data: Record<string, unknown> } }) => ({
      data: { paid: true, seen: input.data.amount },
    }));
    const actor = createProcessActor(gallery.doubleApproval, {
      data: { amount: 7 },
      actors: { pay },
    });
    for (const id of ['fill', 'approve1', 'check', 'approve2'])
      actor.send({ type: 'COMPLETE', stepId: id });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.context.data).toEqual({ amount: 7, paid: true, seen: 7 });
    expect(done.context.history.at(-2)).toMatchObject({ stepId: 'pay', outcome: 'done' });
  });

  it('CM-TASK a failing system actor leaves the task open for a person', async () => {
    const pay = fromPromise(async () => {
      throw new Error('ERP down');
    });
    const actor = createProcessActor(gallery.doubleApproval, { actors: { pay } });
    for (const id of ['fill', 'approve1', 'check', 'approve2'])
      actor.send({ type: 'COMPLETE', stepId: id });
    await waitFor(actor, (s) => s.context.history.some((h) => h.outcome === 'failed'));
    expect(availableActions(actor.getSnapshot()).tasks.map((t) => t.stepId)).toEqual(['pay']);
    actor.send({ type: 'COMPLETE', stepId: 'pay', by: 'finance' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('CM-XOR a decision with conditions takes the flow the case data admit, by itself', () => {
    const small = createProcessActor(gallery.xorSplitJoin, { data: { amount: 500 } });
    expect(small.getSnapshot().value).toBe('small');
    const large = createProcessActor(gallery.xorSplitJoin, { data: { amount: 5000 } });
    expect(large.getSnapshot().value).toBe('large');
    large.send({ type: 'COMPLETE', stepId: 'large' });
    expect(large.getSnapshot().context.history.map((h) => [h.stepId, h.flowId])).toEqual([
      ['start', undefined],
      ['split', 'split-large'],
      ['large', undefined],
      ['merge', 'merge-end'],
      ['end', undefined],
    ]);
  });

  it('CM-XOR without the data a condition needs, the case waits at the decision until SET_DATA', () => {
    const actor = createProcessActor(gallery.xorSplitJoin);
    expect(actor.getSnapshot().value).toBe('split');
    expect(availableActions(actor.getSnapshot()).waiting).toEqual([
      { stepId: 'split', name: 'split', type: 'xor', missing: ['amount'] },
    ]);
    actor.send({ type: 'SET_DATA', data: { amount: '12' } }); // a string: type mismatch, still no flow
    expect(availableActions(actor.getSnapshot()).waiting).toEqual([
      { stepId: 'split', name: 'split', type: 'xor' },
    ]);
    expect(actor.getSnapshot().value).toBe('split');
    actor.send({ type: 'SET_DATA', data: { amount: 12 } });
    expect(actor.getSnapshot().value).toBe('small');
  });

  it('CM-XOR overlapping conditions leave the choice to people; default flows only when nothing else holds', () => {
    const doc = clerkProcess(
      'overlap',
      [build.start(), build.gate('x', 'xor'), 'a', 'b', 'c', build.end()],
      [
        build.flow('start', 'x'),
        build.flow('x', 'a', { condition: 'n > 1', label: 'big' }),
        build.flow('x', 'b', { condition: 'n > 5' }),
        build.flow('x', 'c', { default: true }),
        build.flow('a', 'end'),
        build.flow('b', 'end'),
        build.flow('c', 'end'),
      ],
    );
    const both = createProcessActor(doc, { data: { n: 9 } });
    const open = availableActions(both.getSnapshot());
    expect(open.decisions).toEqual([
      {
        stepId: 'x',
        name: 'x',
        flows: [
          {
            flowId: 'x-a',
            label: 'big',
            to: 'a',
            toName: 'a',
            event: { type: 'CHOOSE', stepId: 'x', flowId: 'x-a' },
          },
          {
            flowId: 'x-b',
            to: 'b',
            toName: 'b',
            event: { type: 'CHOOSE', stepId: 'x', flowId: 'x-b' },
          },
        ],
      },
    ]);
    expect(both.getSnapshot().can({ type: 'CHOOSE', stepId: 'x', flowId: 'x-c' })).toBe(false);
    both.send({ type: 'CHOOSE', stepId: 'x', flowId: 'x-b', by: 'ann' });
    expect(both.getSnapshot().value).toBe('b');
    expect(both.getSnapshot().context.history[1]).toMatchObject({
      stepId: 'x',
      flowId: 'x-b',
      by: 'ann',
    });
    expect(createProcessActor(doc, { data: { n: 3 } }).getSnapshot().value).toBe('a');
    expect(createProcessActor(doc, { data: { n: 0 } }).getSnapshot().value).toBe('c');
  });

  it('CM-XOR CM-LOOP a decision without conditions waits for CHOOSE; a flow back loops', () => {
    const actor = createProcessActor(gallery.reworkLoop);
    actor.send({ type: 'COMPLETE', stepId: 'work' });
    actor.send({ type: 'COMPLETE', stepId: 'check' });
    const [decision] = availableActions(actor.getSnapshot()).decisions;
    expect(decision!.flows.map((f) => [f.flowId, f.label])).toEqual([
      ['ok-end', 'ok'],
      ['ok-merge', 'rework'],
    ]);
    actor.send({ type: 'CHOOSE', stepId: 'ok', flowId: 'ok-merge' });
    expect(actor.getSnapshot().value).toBe('work');
    actor.send({ type: 'COMPLETE', stepId: 'work' });
    actor.send({ type: 'COMPLETE', stepId: 'check' });
    actor.send({ type: 'CHOOSE', stepId: 'ok', flowId: 'ok-end' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(
      acceptsTrace(gallery.reworkLoop, traceOf(actor.getSnapshot().context.history), {
        complete: true,
      }).ok,
    ).toBe(true);
  });

  it('CM-AND a parallel split becomes a parallel state; the join waits for every branch (onDone)', () => {
    const actor = createProcessActor(gallery.andSplitJoin);
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    expect(actor.getSnapshot().value).toEqual({
      'fork@parallel': { '@branch1': 'left', '@branch2': 'right' },
    });
    expect(availableActions(actor.getSnapshot()).tasks.map((t) => [t.stepId, t.role?.id])).toEqual([
      ['left', 'checker'],
      ['right', 'analyst'],
    ]);
    actor.send({ type: 'COMPLETE', stepId: 'right' });
    expect(actor.getSnapshot().value).toEqual({
      'fork@parallel': { '@branch1': 'left', '@branch2': '@joined' },
    });
    actor.send({ type: 'COMPLETE', stepId: 'left' });
    expect(actor.getSnapshot().value).toBe('z');
    expect(steps(actor)).toEqual(['start', 'a', 'fork', 'right', 'left', 'join']);
  });

  it('CM-AND nested parallel branches inside an exclusive choice', () => {
    const actor = createProcessActor(gallery.nestedParallel);
    actor.send({ type: 'CHOOSE', stepId: 'x', flowId: 'x-f' });
    expect(actor.getSnapshot().value).toEqual({
      'f@parallel': { '@branch1': 'p1', '@branch2': 'p2' },
    });
    actor.send({ type: 'COMPLETE', stepId: 'p2' });
    actor.send({ type: 'COMPLETE', stepId: 'p1' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(steps(actor)).toEqual(['start', 'x', 'f', 'p2', 'p1', 'j', 'm', 'end']);
  });

  it('CM-AND a task with two outgoing flows is an implicit split; branches ending at ends finish the case', () => {
    const doc = clerkProcess(
      'implicit',
      [build.start(), 'a', 'b', 'c', build.end('e1'), build.end('e2')],
      [...build.chain('start', 'a', 'b', 'e1'), ...build.chain('a', 'c', 'e2')],
    );
    const actor = createProcessActor(doc);
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    expect(actor.getSnapshot().value).toEqual({
      'a@parallel': { '@branch1': 'b', '@branch2': 'c' },
    });
    actor.send({ type: 'COMPLETE', stepId: 'c' });
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'COMPLETE', stepId: 'b' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(
      acceptsTrace(doc, traceOf(actor.getSnapshot().context.history), { complete: true }).ok,
    ).toBe(true);
  });

  it('CM-TIMER a timer is a delayed transition of its duration, scaled by timeScale (SimulatedClock)', () => {
    const clock = new SimulatedClock();
    const actor = createProcessActor(gallery.timerWait, { clock });
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    expect(availableActions(actor.getSnapshot()).waiting).toEqual([
      { stepId: 'wait', name: 'wait', type: 'timer', delayMs: 3_600_000 },
    ]);
    clock.increment(3_599_999);
    expect(actor.getSnapshot().value).toBe('wait');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('b');
    expect(actor.getSnapshot().context.history.at(-1)).toMatchObject({
      stepId: 'wait',
      outcome: 'elapsed',
    });
    const fast = emitMachineConfig(gallery.timerWait, { timeScale: 1 / 60_000 });
    expect(Object.keys(fast.states.wait!.after!)).toEqual(['60']);
  });

  it('CM-SUB a subprocess invokes the child machine; the parent passes work on and moves on when it is done', () => {
    const actor = createProcessActor(gallery.withSubprocess, { resolveProcess, data: { k: 1 } });
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    expect(actor.getSnapshot().value).toBe('sub');
    const open = availableActions(actor.getSnapshot());
    expect(open.waiting[0]).toEqual({
      stepId: 'sub',
      name: 'sub',
      type: 'subprocess',
      process: 'sequence3',
    });
    expect(open.tasks.map((t) => [t.stepId, t.via])).toEqual([['a', ['sub']]]);
    for (const id of ['a', 'b', 'c'])
      actor.send({ type: 'COMPLETE', stepId: id, data: { [id]: true } });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.data).toEqual({ k: 1, a: true, b: true, c: true });
    expect(steps(actor)).toEqual(['start', 'a', 'sub', 'end']);
  });

  it('CM-HIST CM-EQ every shortest path of the gallery machines is a legal trace of the token game (xstate/graph)', () => {
    for (const name of [
      'sequence3',
      'xorSplitJoin',
      'andSplitJoin',
      'reworkLoop',
      'nestedParallel',
      'doubleApproval',
    ] as const) {
      const doc = gallery[name];
      const machine = compileMachine(doc);
      const data = { amount: 1500 };
      const paths = getShortestPaths(machine, {
        input: { data },
        events: (snapshot) => {
          const open = availableActions(snapshot);
          return [
            ...open.tasks.map((t) => t.event),
            ...open.decisions.flatMap((d) => d.flows.map((f) => f.event)),
          ];
        },
        serializeState: (snapshot) => JSON.stringify(snapshot.value),
      });
      expect(paths.length).toBeGreaterThan(1);
      for (const path of paths) {
        const trace = traceOf(path.state.context.history);
        const done = path.state.status === 'done';
        expect(
          acceptsTrace(doc, trace, { data, complete: done }).ok,
          `${name}: ${JSON.stringify(trace)}`,
        ).toBe(true);
      }
      expect(paths.some((p) => p.state.status === 'done')).toBe(true);
    }
  });
});
