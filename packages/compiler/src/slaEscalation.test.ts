import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { availableActions } from './availableActions';
import { compileMachine } from './compileMachine';
import { emitMachineConfig } from './emitMachineConfig';
import { machineFromConfig } from './machineFromConfig';

/** sequence3 with an SLA of `value` `unit` on task b and task a a system task. */
const withSla = (value: number, unit: 'min' | 'd'): ProcessDocument => ({
  ...gallery.sequence3,
  steps: gallery.sequence3.steps.map((s) =>
    s.id === 'b' && s.type === 'task'
      ? { ...s, sla: { value, unit } }
      : s.id === 'a' && s.type === 'task'
        ? { ...s, kind: 'system' as const }
        : s,
  ),
});

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CM-SLA a task whose SLA passes is escalated', () => {
  it('CM-SLA after the SLA the task is tagged escalated, listed so, and the trail says when; it stays open', () => {
    const clock = new SimulatedClock();
    const start = Date.UTC(2026, 11, 1, 9);
    clock.set(start);
    const actor = createActor(compileMachine(withSla(30, 'min')), { input: {}, clock }).start();
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    expect(actor.getSnapshot().hasTag('escalated')).toBe(false);
    clock.increment(30 * 60_000 - 1);
    expect(availableActions(actor.getSnapshot()).tasks[0]).not.toHaveProperty('escalated');
    clock.increment(1);
    const s = actor.getSnapshot();
    expect(s.hasTag('escalated')).toBe(true);
    expect(availableActions(s).tasks[0]).toMatchObject({ stepId: 'b', escalated: true });
    expect(Object.values(s.getMeta())).toContainEqual({
      escalation: { stepId: 'b', name: 'b', slaMinutes: 30 },
    });
    // The clock tells the case's time (CM-HIST): the escalation is stamped with it.
    expect(s.context.history.at(-1)).toEqual({
      stepId: 'b',
      at: start + 30 * 60_000,
      outcome: 'escalated',
    });
    actor.send({ type: 'COMPLETE', stepId: 'b' });
    expect(actor.getSnapshot().hasTag('escalated')).toBe(false);
    expect(actor.getSnapshot().value).toBe('c');
  });

  it('CM-HIST a simulated clock counting from 0 is not a date: stamps stay the wall clock', () => {
    const clock = new SimulatedClock();
    const actor = createActor(compileMachine(withSla(30, 'min')), { input: {}, clock }).start();
    actor.send({ type: 'COMPLETE', stepId: 'a' });
    const before = Date.now();
    clock.increment(30 * 60_000);
    expect(actor.getSnapshot().context.history.at(-1)!.at).toBeGreaterThanOrEqual(before);
  });

  it('CM-SLA an SLA longer than a JavaScript timer can wait keeps only its meta', () => {
    const config = emitMachineConfig(withSla(30, 'd'), { invokedTasks: [] });
    expect(config.states.b!.states).toBeUndefined();
    expect(config.states.b!.meta).toMatchObject({ slaMinutes: 30 * 24 * 60 });
  });
});

describe('CM-TASK system tasks are invoked actors', () => {
  it('CM-TASK the JSON config invokes every system task; its default work is done at once', async () => {
    const actor = createActor(machineFromConfig(emitMachineConfig(withSla(30, 'min'))), {
      input: {},
    }).start();
    await settle();
    expect(actor.getSnapshot().value).toEqual({ b: '@open' });
    expect(actor.getSnapshot().context.history.map((h) => `${h.stepId}:${h.outcome}`)).toEqual([
      'start:started',
      'a:done',
    ]);
    expect(actor.getSnapshot().context.history[1]!.by).toBe('clerk');
  });

  it('CM-TASK the host replaces the default work with its own actor, whose data is merged', async () => {
    const machine = machineFromConfig(emitMachineConfig(withSla(30, 'min')), {
      a: fromPromise(async () => ({ data: { checked: true } })),
    });
    const actor = createActor(machine, { input: {} }).start();
    await settle();
    expect(actor.getSnapshot().context.data).toEqual({ checked: true });
    expect(machine.provide).toBeTypeOf('function');
  });

  it('CM-TASK compileMachine without actors leaves system tasks to people (run mode)', () => {
    const actor = createActor(compileMachine(withSla(30, 'min')), { input: {} }).start();
    expect(availableActions(actor.getSnapshot()).tasks.map((t) => t.stepId)).toEqual(['a']);
  });
});
