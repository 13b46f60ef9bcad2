/**
 * `@flowsmith/compiler/runtime` — the small, dependency-free runtime every emitted machine module
 * imports (SPEC.md CM-TS): the condition interpreter its decisions use (`runtimeConditions.ts`,
 * the inclusive gateway's rules in `runtimeInclusive.ts`), and the guards and context updates its
 * `setup()` wraps. It imports nothing but its own files (not even xstate), so it costs an
 * application a few hundred lines once, not per generated file. The in-memory machine (`machineFromConfig`)
 * shares its context updates; its guards use the model's evaluator, and tests hold the two to the
 * same meaning (CL-7 … CL-9, CM-XOR-DATA).
 */

// The runtime's own files are imported with `.js`: a consumer project may resolve it as node16.
import { admissibleFlows, type FlowRule } from './runtimeConditions.js';
import { inclusiveFlows, inGatewayOrder, isInclusiveChoice } from './runtimeInclusive.js';

export { admissibleFlows, type ConditionAst, type FlowRule } from './runtimeConditions.js';
export { decidesByData, inclusiveFlows, isInclusiveChoice } from './runtimeInclusive.js';

/**
 * A change a task makes to the case data when it completes (SPEC.md CM-SET): a fixed `value`, or
 * `add` to a number (a missing number counts as 0).
 */
export type DataChange =
  { name: string; value: number | string | boolean } | { name: string; add: number };

/** One line of the audit trail (SPEC.md CM-HIST). */
export interface HistoryEntry {
  stepId: string;
  /** The role or person; absent for steps nobody works on (gateways, timers, start, end). */
  by?: string;
  /** ms since the epoch: the event's `at`, the case's clock, or now (CM-HIST). */
  at: number;
  /**
   * `started`, `completed` (or the event's outcome), `took-flow`, `took-flows`, `split`, `joined`,
   * `elapsed`, `done`, `failed`, `escalated`, `ended`.
   */
  outcome: string;
  /** At an xor: the flow taken. */
  flowId?: string;
  /** At an inclusive (OR) split: the flows taken, in the gateway's order (`took-flows`). */
  flowIds?: string[];
}

/** What every process machine's context holds: the case data and the audit trail. */
export interface CaseContext<D> {
  data: D;
  history: HistoryEntry[];
}

/** What a system task's actor is given, and what it gives back (SPEC.md CM-TASK). */
export interface TaskInput<D> {
  data: D;
}
/** A system task's result: data merged into the case. */
export interface TaskOutput<D> {
  data?: D;
}

/** The arguments XState passes to a guard or an action, as far as the runtime reads them. */
interface Args<D> {
  context: CaseContext<D>;
  event: object;
  system?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data an event or an actor's output carries, as a plain object (anything else: none). Pure. */
export const dataOf = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});

/** A copy of `data` merged with `more`; own keys only, so a key `__proto__` stays a plain key. Pure. */
export function mergeData<D>(data: D, more: unknown): D {
  const out: Record<string, unknown> = {};
  for (const source of [dataOf(data), dataOf(more)]) {
    for (const key of Object.keys(source)) {
      Object.defineProperty(out, key, {
        value: source[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out as D;
}

/** The earliest time a clock's `now()` may tell for it to be taken as a date: 2001-09-09. */
const DATE_CLOCK = 1e12;

/**
 * When something happened (CM-HIST): the event's `at`; else the actor's clock's time when it tells
 * a date (`now()` in ms since the epoch, e.g. XState's SimulatedClock after `clock.set(start)`:
 * the case's own time); else now. A simulated clock counting from 0 is not a date. Pure but for
 * reading the clock.
 */
export function stamp(event: object, system?: unknown): number {
  const at = (event as { at?: unknown }).at;
  if (typeof at === 'number' && Number.isFinite(at)) return at;
  const clock = (system as { _clock?: { now?: unknown } } | undefined)?._clock;
  if (typeof clock?.now === 'function') {
    const t: unknown = clock.now();
    if (typeof t === 'number' && t >= DATE_CLOCK) return t;
  }
  return Date.now();
}

const stepOf = (event: object) => (event as { stepId?: unknown }).stepId;

/** Guard: the event names task or decision `stepId`. Pure. */
export const isStep = ({ event }: { event: object }, params: { stepId: string }): boolean =>
  (event as { type?: unknown }).type !== 'SET_DATA' && stepOf(event) === params.stepId;

/** Guard: the data leave exactly flow `flowId` open (the decision decides by itself). Pure. */
export function onlyFlow<D>(
  { context }: { context: CaseContext<D> },
  params: { flowId: string; flows: readonly FlowRule[] },
): boolean {
  const open = admissibleFlows(params.flows, dataOf(context.data));
  return open.length === 1 && open[0] === params.flowId;
}

/** Guard: a CHOOSE of flow `flowId` at decision `stepId`, and the data admit that flow. Pure. */
export function canChoose<D>(
  { context, event }: { context: CaseContext<D>; event: object },
  params: { stepId: string; flowId: string; flows: readonly FlowRule[] },
): boolean {
  const e = event as { type?: unknown; flowId?: unknown };
  return (
    e.type === 'CHOOSE' &&
    stepOf(event) === params.stepId &&
    e.flowId === params.flowId &&
    admissibleFlows(params.flows, dataOf(context.data)).includes(params.flowId)
  );
}

/** Guard: the case data leave an inclusive split some flows to take by itself (CM-OR). Pure. */
export function takesFlows<D>(
  { context }: { context: CaseContext<D> },
  params: { flows: readonly FlowRule[] },
): boolean {
  return inclusiveFlows(params.flows, dataOf(context.data)).length > 0;
}

/** Guard: a CHOOSE of the flows `flowIds` at inclusive split `stepId` that people may take (CM-OR). Pure. */
export function canChooseFlows<D>(
  { event }: { context: CaseContext<D>; event: object },
  params: { stepId: string; flows: readonly FlowRule[] },
): boolean {
  const e = event as { type?: unknown; flowIds?: unknown };
  return (
    e.type === 'CHOOSE' &&
    stepOf(event) === params.stepId &&
    isInclusiveChoice(params.flows, e.flowIds)
  );
}

/**
 * Guard of an inclusive split's branch (CM-OR): the split's latest line in the audit trail took
 * flow `flowId`, so the branch starts; otherwise it is skipped. Pure.
 */
export function tookFlow<D>(
  { context }: { context: CaseContext<D> },
  params: { stepId: string; flowId: string },
): boolean {
  for (let i = context.history.length - 1; i >= 0; i--) {
    const h = context.history[i]!;
    if (h.stepId === params.stepId && h.flowIds !== undefined)
      return h.flowIds.includes(params.flowId);
  }
  return false;
}

/** Context update: the flows an inclusive split takes by itself, as a `took-flows` line. Pure. */
export function takeFlows<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; flows: readonly FlowRule[] },
): { history: HistoryEntry[] } {
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: 'took-flows',
    flowIds: inclusiveFlows(params.flows, dataOf(context.data)),
  };
  return { history: [...context.history, entry] };
}

/** Context update for CHOOSE at an inclusive split: a `took-flows` line with the chosen flows. Pure. */
export function chooseFlows<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; flows: readonly FlowRule[] },
): Partial<CaseContext<D>> {
  const e = event as { type?: unknown; flowIds?: unknown; by?: unknown };
  if (e.type !== 'CHOOSE' || !Array.isArray(e.flowIds)) return {};
  const chosen = e.flowIds.filter((id): id is string => typeof id === 'string');
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: 'took-flows',
    flowIds: inGatewayOrder(params.flows, chosen),
  };
  if (typeof e.by === 'string') entry.by = e.by;
  return { history: [...context.history, entry] };
}

/**
 * `data` after a completed task's changes (SPEC.md CM-SET), in order: a `value` replaces the
 * name's value, `add` adds to its number (absent or not a number: 0). Own keys only. Pure.
 */
export function applyChanges<D>(data: D, changes: readonly DataChange[] | undefined): D {
  if (changes === undefined || changes.length === 0) return data;
  const more: Record<string, unknown> = {};
  const current = (name: string): unknown =>
    Object.hasOwn(more, name) ? more[name] : dataOf(data)[name];
  for (const c of changes) {
    const old = current(c.name);
    const value = 'add' in c ? (typeof old === 'number' ? old : 0) + c.add : c.value;
    Object.defineProperty(more, c.name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return mergeData(data, more);
}

/** Context update: one line of the audit trail for a step that fired by itself. Pure. */
export function recordStep<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; outcome: string; flowId?: string },
): { history: HistoryEntry[] } {
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: params.outcome,
  };
  if (params.flowId !== undefined) entry.flowId = params.flowId;
  return { history: [...context.history, entry] };
}

/**
 * Context update for COMPLETE: the event's data merged, then the task's own changes (`sets`,
 * CM-SET), and a `completed` (or its outcome) line. Pure.
 */
export function completeTask<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; role?: string; sets?: readonly DataChange[] },
): Partial<CaseContext<D>> {
  const e = event as { type?: unknown; outcome?: unknown; by?: unknown; data?: unknown };
  if (e.type !== 'COMPLETE') return {};
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: typeof e.outcome === 'string' ? e.outcome : 'completed',
  };
  const by = typeof e.by === 'string' ? e.by : params.role;
  if (by !== undefined) entry.by = by;
  const data = applyChanges(mergeData(context.data, e.data), params.sets);
  return { data, history: [...context.history, entry] };
}

/** Context update for CHOOSE: a `took-flow` line with the flow. Pure. */
export function chooseFlow<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string },
): Partial<CaseContext<D>> {
  const e = event as { type?: unknown; flowId?: unknown; by?: unknown };
  if (e.type !== 'CHOOSE' || typeof e.flowId !== 'string') return {};
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: 'took-flow',
    flowId: e.flowId,
  };
  if (typeof e.by === 'string') entry.by = e.by;
  return { history: [...context.history, entry] };
}

/**
 * Context update when an invoked actor (a system task, a subprocess) is done or fails: on `done`
 * its output's `data` is merged, then the task's changes (`sets`, CM-SET); either way a line is
 * written (`by`: the task's role). Pure.
 */
export function finishInvoked<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; outcome: string; role?: string; sets?: readonly DataChange[] },
): Partial<CaseContext<D>> {
  const output = (event as { output?: unknown }).output;
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: params.outcome,
  };
  if (params.role !== undefined) entry.by = params.role;
  if (params.outcome !== 'done') return { history: [...context.history, entry] };
  const data = applyChanges(mergeData(context.data, dataOf(output).data), params.sets);
  return { data, history: [...context.history, entry] };
}

/** Context update for SET_DATA: its data merged into the case. Pure. */
export function setCaseData<D>({ context, event }: Args<D>): Partial<CaseContext<D>> {
  const e = event as { type?: unknown; data?: unknown };
  return e.type === 'SET_DATA' ? { data: mergeData(context.data, e.data) } : {};
}

/** A machine's initial context: a copy of `input.data` and an empty trail. Pure. */
export const initialContext = <D>({ input }: { input: { data?: D } | undefined }) => ({
  data: mergeData({} as D, input?.data),
  history: [] as HistoryEntry[],
});

/** What a finished machine outputs: `{ data, history }`. Pure. */
export const caseOutput = <D>({ context }: { context: CaseContext<D> }) => ({
  data: context.data,
  history: context.history,
});

/** The input of an invoked actor: the case data. Pure. */
export const caseInput = <D>({ context }: { context: CaseContext<D> }): TaskInput<D> => ({
  data: context.data,
});

/**
 * The default work of a system task, until the host provides its own (`machine.provide({ actors })`):
 * done at once, adding no data. Wrap it with XState's `fromPromise`.
 */
export const doneAtOnce = async (): Promise<TaskOutput<never>> => ({});
