/**
 * The state of a task (SPEC.md CM-TASK, CM-SLA, CM-SET): it waits for `COMPLETE` with its step id,
 * is tagged with its role, may invoke the host's actor for a system task, escalates past its SLA,
 * and applies the task's own changes to the case data (`sets`) when it completes.
 */
import type { TaskStep } from '@flowsmith/model';
import type { ActionJson, StateJson, StepMeta } from './machineConfig';
import type { DataChange } from './runtime';
import { slaEscalation } from './slaEscalation';

/** What building a task's state needs from the region builder. */
export interface TaskStateContext {
  keys: ReadonlyMap<string, string>;
  msPerMinute: number;
  invokedTasks: ReadonlySet<string>;
}

/**
 * The changes task `step` makes to the case data when it completes (CM-SET), in key order: fixed
 * values and `{ add: n }`. A drawn value (a distribution or a `choice`) is simulation's: the
 * machine takes it from the completing event's `data` (or the system task's output), so it is
 * left out. Undefined when there are none. Pure.
 */
export function dataChanges(step: TaskStep): DataChange[] | undefined {
  const out: DataChange[] = [];
  for (const [name, change] of Object.entries(step.sets ?? {})) {
    if (typeof change !== 'object') out.push({ name, value: change });
    else if ('add' in change) out.push({ name, add: change.add });
  }
  return out.length > 0 ? out : undefined;
}

/** The state of task `step`, moving to `target` when it completes. Pure. */
export function taskState(
  ctx: TaskStateContext,
  step: TaskStep,
  target: string,
  meta: StepMeta,
): StateJson {
  const sets = dataChanges(step);
  const params = {
    stepId: step.id,
    ...(step.role === undefined ? {} : { role: step.role }),
    ...(sets === undefined ? {} : { sets }),
  };
  const complete: ActionJson = { type: 'completeTask', params };
  const state: StateJson = {
    meta,
    on: {
      COMPLETE: [
        { guard: { type: 'isStep', params: { stepId: step.id } }, target, actions: [complete] },
      ],
    },
  };
  if (step.role !== undefined) state.tags = [step.role];
  if (ctx.invokedTasks.has(step.id)) {
    // The actor is named by the state key (CM-KEY), so `provide({ actors: { checkBudget } })` reads well.
    state.invoke = invokeState(ctx, ctx.keys.get(step.id)!, step.id, target, step.role, sets);
    meta.actorId = state.invoke.id;
  }
  const escalation = slaEscalation(step, meta, ctx.msPerMinute);
  if (escalation !== undefined) Object.assign(state, escalation);
  return state;
}

/**
 * The invocation of actor `src` for step `stepId` (a system task or a subprocess): done → its
 * data merged (then the task's `sets`) and on to `target`; failed → recorded, the step stays open.
 * Pure.
 */
export function invokeState(
  ctx: Pick<TaskStateContext, 'keys'>,
  src: string,
  stepId: string,
  target: string,
  role?: string,
  sets?: DataChange[],
): NonNullable<StateJson['invoke']> {
  const by = role === undefined ? {} : { role };
  const done = { stepId, outcome: 'done', ...by, ...(sets === undefined ? {} : { sets }) };
  const failed = { stepId, outcome: 'failed', ...by };
  return {
    src,
    id: `${src}@${ctx.keys.get(stepId)!}`,
    onDone: { target, actions: [{ type: 'finishInvoked', params: done }] },
    // A failed actor leaves the step open: people can still complete it by hand.
    onError: { actions: [{ type: 'finishInvoked', params: failed }] },
  };
}
