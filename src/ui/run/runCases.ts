/**
 * What the run mode does to its cases: start one from the compiled machine, send it an event,
 * fast-forward a waiting timer, remove it. Each keeps the store's copy of the case in step with
 * its actor.
 */
import {
  availableActions,
  createProcessActor,
  SimulatedClock,
  type AvailableActions,
  type ProcessEvent,
  type ProcessMachine,
  type WaitingStep,
} from '@flowsmith/compiler';
import type { ProcessDocument } from '@flowsmith/model';
import { caseColour } from './caseColour';
import type { CaseNames, RunCase, RunStore } from './runStore';

/** The key of a waiting timer within its case: its subprocess path and step id. Pure. */
export function timerKey(w: Pick<WaitingStep, 'stepId' | 'via'>): string {
  return [...(w.via ?? []), w.stepId].join('/');
}

/** Starts a case of `machine` (compiled from `doc`) with `data`; it gets the focus. Throws what the actor throws. */
export function startCase(
  runStore: RunStore,
  doc: ProcessDocument,
  machine: ProcessMachine,
  data: Record<string, unknown>,
): RunCase {
  const { next } = runStore.getState();
  const clock = new SimulatedClock();
  const actor = createProcessActor(machine, { data, clock });
  const snapshot = actor.getSnapshot();
  const actions = availableActions(snapshot);
  const run: RunCase = {
    id: `case-${next}`,
    number: next,
    colour: caseColour(next),
    docId: doc.id,
    docName: doc.name,
    names: namesOf(doc),
    actor,
    clock,
    snapshot,
    actions,
    timerStarts: timerStarts(new Map(), actions, clock.now()),
  };
  runStore.setState((s) => ({ cases: [...s.cases, run], focus: run.id, next: s.next + 1 }));
  actor.subscribe({
    next: () => refresh(runStore, run.id),
    error: () => refresh(runStore, run.id),
  });
  return run;
}

/** Sends `event` to case `caseId` (ignored by the machine when it does not fit, CM-1). */
export function sendToCase(runStore: RunStore, caseId: string, event: ProcessEvent): void {
  find(runStore, caseId)?.actor.send(event);
}

/** Moves the case's clock to the moment its timer `key` elapses (other timers move with it). */
export function fastForward(runStore: RunStore, caseId: string, key: string): void {
  const run = find(runStore, caseId);
  if (!run) return;
  const wait = run.actions.waiting.find((w) => w.type === 'timer' && timerKey(w) === key);
  if (!wait) return;
  run.clock.increment(Math.max(0, remainingMs(run, wait)));
}

/** How long timer `wait` of `run` still has to go, in ms of the case's clock. Pure. */
export function remainingMs(
  run: Pick<RunCase, 'clock' | 'timerStarts'>,
  wait: WaitingStep,
): number {
  const start = run.timerStarts.get(timerKey(wait)) ?? run.clock.now();
  return start + (wait.delayMs ?? 0) - run.clock.now();
}

/** Stops and forgets case `caseId`; the focus moves to the last case left. */
export function removeCase(runStore: RunStore, caseId: string): void {
  find(runStore, caseId)?.actor.stop();
  runStore.setState((s) => {
    const cases = s.cases.filter((c) => c.id !== caseId);
    const focus = s.focus === caseId ? (cases.at(-1)?.id ?? null) : s.focus;
    return { cases, focus };
  });
}

function find(runStore: RunStore, caseId: string): RunCase | undefined {
  return runStore.getState().cases.find((c) => c.id === caseId);
}

function refresh(runStore: RunStore, caseId: string) {
  runStore.setState((s) => ({
    cases: s.cases.map((c) => {
      if (c.id !== caseId) return c;
      const snapshot = c.actor.getSnapshot();
      const actions = availableActions(snapshot);
      return {
        ...c,
        snapshot,
        actions,
        timerStarts: timerStarts(c.timerStarts, actions, c.clock.now()),
      };
    }),
  }));
}

/** Keeps the start of timers still waiting, stamps new ones with `now`, drops the rest. */
function timerStarts(before: ReadonlyMap<string, number>, actions: AvailableActions, now: number) {
  const out = new Map<string, number>();
  for (const w of actions.waiting) {
    if (w.type !== 'timer') continue;
    const key = timerKey(w);
    out.set(key, before.get(key) ?? now);
  }
  return out;
}

function namesOf(doc: ProcessDocument): CaseNames {
  return {
    steps: new Map(doc.steps.map((s) => [s.id, s.name])),
    roles: new Map(doc.roles.map((r) => [r.id, r.name])),
    flows: new Map(
      doc.flows.map((f) => [f.id, f.label ?? doc.steps.find((s) => s.id === f.to)?.name ?? f.id]),
    ),
  };
}
