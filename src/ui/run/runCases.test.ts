import { describe, expect, it, beforeEach } from 'vitest';
import { gallery } from '@flowsmith/model';
import { compileMachine } from '@flowsmith/compiler';
import { fastForward, remainingMs, removeCase, sendToCase, startCase, timerKey } from './runCases';
import { createRunStore } from './runStore';

const runStore = createRunStore();

const doc = gallery.timerWait;
const focused = () => runStore.getState().cases.find((c) => c.id === runStore.getState().focus)!;

describe('run cases', () => {
  beforeEach(() => {
    for (const c of runStore.getState().cases) removeCase(runStore, c.id);
  });

  it('start a case in focus, follow its actor, fast-forward its timer and reach the end', () => {
    const run = startCase(runStore, doc, compileMachine(doc), {});
    expect(focused().id).toBe(run.id);
    const first = focused().actions.tasks[0]!;
    sendToCase(runStore, run.id, first.event);
    const wait = focused().actions.waiting.find((w) => w.type === 'timer')!;
    expect(wait.stepId).toBe('wait');
    expect(remainingMs(focused(), wait)).toBe(60 * 60_000);
    focused().clock.increment(15 * 60_000);
    expect(remainingMs(focused(), wait)).toBe(45 * 60_000);
    fastForward(runStore, run.id, timerKey(wait));
    expect(focused().actions.waiting).toEqual([]);
    sendToCase(runStore, run.id, focused().actions.tasks[0]!.event);
    expect(focused().snapshot.status).toBe('done');
    expect(focused().snapshot.context.history.map((h) => h.outcome)).toContain('elapsed');
  });

  it('run several cases apart, each with its own number and colour; removing one moves the focus', () => {
    const machine = compileMachine(doc);
    const a = startCase(runStore, doc, machine, {});
    const b = startCase(runStore, doc, machine, {});
    expect(a.number).not.toBe(b.number);
    expect(a.colour).not.toBe(b.colour);
    sendToCase(runStore, a.id, runStore.getState().cases[0]!.actions.tasks[0]!.event);
    const [ca, cb] = runStore.getState().cases;
    expect(ca!.actions.tasks).toEqual([]);
    expect(cb!.actions.tasks.length).toBe(1);
    removeCase(runStore, b.id);
    expect(runStore.getState().focus).toBe(a.id);
    expect(b.actor.getSnapshot().status).toBe('stopped');
  });
});
