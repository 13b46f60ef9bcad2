/// <reference types="node" />
/**
 * Drives compiled machines in tests: replays token-game runs as events, walks the machine at
 * random, and turns its audit trail into a token-game trace. Test support only.
 */
import { createActor, type AnyStateMachine, type SimulatedClock } from 'xstate';
import {
  buildGraph,
  conditionIsTrue,
  type ProcessDocument,
  type Run,
  type TraceStep,
} from '@flowsmith/model';
import { availableActions, type AvailableActions } from '../availableActions';
import { admissibleFlowIds, flowRules } from '../flowRules';
import { decidesByData } from '../runtime';
import type { HistoryEntry, ProcessEvent, CaseData } from '../processEvents';

/** Lines of the audit trail that are not firings: a failed actor, an SLA that passed (CM-SLA). */
const NOT_FIRINGS = new Set(['failed', 'escalated']);

/** The audit trail as a token-game trace: one entry per firing. */
export function traceOf(history: readonly HistoryEntry[]): TraceStep[] {
  return history
    .filter((h) => !NOT_FIRINGS.has(h.outcome))
    .map((h) =>
      h.flowIds !== undefined
        ? { stepId: h.stepId, flowIds: h.flowIds }
        : h.flowId === undefined
          ? { stepId: h.stepId }
          : { stepId: h.stepId, flowId: h.flowId },
    );
}

/** The events that replay token-game run `run` on the machine: COMPLETE per task, CHOOSE where people choose. */
export function eventsOfRun(doc: ProcessDocument, run: Run, data: CaseData): ProcessEvent[] {
  const graph = buildGraph(doc);
  const events: ProcessEvent[] = [];
  for (const { stepId, flowId, flowIds } of run.steps) {
    const step = graph.step(stepId)!;
    if (step.type === 'task') events.push({ type: 'COMPLETE', stepId });
    if (step.type === 'xor' && flowId !== undefined) {
      const open = admissibleFlowIds(flowRules(graph.outgoing(stepId), []), data, conditionIsTrue);
      if (open.length > 1) events.push({ type: 'CHOOSE', stepId, flowId });
    }
    // An or-split whose flows have no conditions leaves the flows to people (CM-OR).
    if (step.type === 'or' && flowIds !== undefined) {
      const rules = flowRules(graph.outgoing(stepId), []);
      if (rules.length > 1 && !decidesByData(rules))
        events.push({ type: 'CHOOSE', stepId, flowIds: [...flowIds] });
    }
  }
  return events;
}

/**
 * The events people can send now: each open task's COMPLETE, each decision's CHOOSE — and at an
 * inclusive split also several flows at once (all its flows but the default, and all but the
 * first of them).
 */
export function openEvents(open: AvailableActions): ProcessEvent[] {
  const events: ProcessEvent[] = open.tasks.map((t) => t.event);
  for (const d of open.decisions) {
    events.push(...d.flows.map((f) => f.event));
    const many = d.flows.filter((f) => !f.default).map((f) => f.flowId);
    if (d.inclusive && many.length > 1) {
      events.push({ type: 'CHOOSE', stepId: d.stepId, flowIds: many });
      if (many.length > 2)
        events.push({ type: 'CHOOSE', stepId: d.stepId, flowIds: many.slice(1) });
    }
  }
  return events;
}

/** Sends `events` one by one; stops at the first the machine cannot take (its index in `rejectedAt`). */
export function replay(machine: AnyStateMachine, data: CaseData, events: readonly ProcessEvent[]) {
  const actor = createActor(machine, { input: { data } }).start();
  for (let i = 0; i < events.length; i++) {
    if (!actor.getSnapshot().can(events[i]!))
      return { snapshot: actor.getSnapshot(), rejectedAt: i };
    actor.send(events[i]!);
  }
  return { snapshot: actor.getSnapshot(), rejectedAt: undefined };
}

/**
 * Walks the machine: at each turn takes available event number `pick` (modulo their count);
 * when only timers are left, moves `clock` on to the next one. Returns the events sent.
 */
export function randomWalk(
  machine: AnyStateMachine,
  data: CaseData,
  picks: readonly number[],
  clock?: SimulatedClock,
) {
  const actor = createActor(machine, { input: { data }, ...(clock ? { clock } : {}) }).start();
  const sent: ProcessEvent[] = [];
  for (const pick of picks) {
    const open = availableActions(actor.getSnapshot());
    const events = openEvents(open);
    if (events.length === 0) {
      const timers = open.waiting.filter((w) => w.type === 'timer');
      if (timers.length === 0 || clock === undefined) break;
      clock.increment(Math.min(...timers.map((t) => t.delayMs ?? 0)));
      continue;
    }
    const event = events[pick % events.length]!;
    sent.push(event);
    actor.send(event);
  }
  return { snapshot: actor.getSnapshot(), sent };
}

/**
 * Walks the machine with time and invoked actors (CM-TASK, CM-SLA): each turn either moves
 * `clock` on by 1–3 minutes (when `pick` is a multiple of 5; SLAs and timers may pass) or
 * sends available event number `pick`; invoked actors settle after every turn.
 */
export async function timedWalk(
  machine: AnyStateMachine,
  data: CaseData,
  picks: readonly number[],
  clock: SimulatedClock,
) {
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  const actor = createActor(machine, { input: { data }, clock }).start();
  await settle();
  for (const pick of picks) {
    if (actor.getSnapshot().status !== 'active') break;
    const events = openEvents(availableActions(actor.getSnapshot()));
    if (pick % 5 === 0 || events.length === 0) clock.increment((1 + (pick % 3)) * 60_000);
    else actor.send(events[pick % events.length]!);
    await settle();
  }
  return actor.getSnapshot();
}
