/**
 * `@flowsmith/compiler/runtime` — the small, dependency-free runtime every emitted machine module
 * imports (SPEC.md CM-TS): the condition interpreter its decisions use, and the guards and context
 * updates its `setup()` wraps. It imports nothing (not even xstate), so it costs an application a
 * few hundred lines once, not per generated file. The in-memory machine (`machineFromConfig`)
 * shares its context updates; its guards use the model's evaluator, and tests hold the two to the
 * same meaning (CL-7 … CL-9, CM-XOR-DATA).
 */

/** A flow condition as data: the parsed condition language (@flowsmith/model SPEC.md CL). */
export type ConditionAst =
  | { type: 'literal'; value: number | string | boolean }
  | { type: 'name'; name: string; path: readonly string[] }
  | { type: 'not'; operand: ConditionAst }
  | { type: 'and' | 'or'; operands: readonly ConditionAst[] }
  | {
      type: 'compare';
      op: '==' | '!=' | '<' | '<=' | '>' | '>=';
      left: ConditionAst;
      right: ConditionAst;
    };

/** An outgoing flow of a decision, as its guards read it. */
export interface FlowRule {
  flowId: string;
  condition?: ConditionAst;
  default?: true;
}

/** One line of the audit trail (SPEC.md CM-HIST). */
export interface HistoryEntry {
  stepId: string;
  /** The role or person; absent for steps nobody works on (gateways, timers, start, end). */
  by?: string;
  /** ms since the epoch: the event's `at`, the case's clock, or now (CM-HIST). */
  at: number;
  /**
   * `started`, `completed` (or the event's outcome), `took-flow`, `split`, `joined`, `elapsed`,
   * `done`, `failed`, `escalated`, `ended`.
   */
  outcome: string;
  /** At an xor: the flow taken. */
  flowId?: string;
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

// The interpreter walks the tree; it never builds or runs code. A missing name, values of
// different types or a non-boolean make the condition not hold (CL-7, CL-8); own properties only (CL-9).
class ConditionFailure extends Error {}
/** A name the condition needs is absent, undefined or null: the decision waits (CM-XOR-DATA). */
class MissingName extends ConditionFailure {}
type Value = number | string | boolean;

function lookup(node: { name: string; path: readonly string[] }, data: object): Value {
  let v: unknown;
  if (Object.hasOwn(data, node.name)) v = (data as Record<string, unknown>)[node.name];
  else if (node.path.length > 1) {
    let cur: unknown = data;
    for (const segment of node.path) {
      if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, segment)) {
        cur = undefined;
        break;
      }
      cur = (cur as Record<string, unknown>)[segment];
    }
    v = cur;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === undefined || v === null) throw new MissingName();
  throw new ConditionFailure();
}

function truth(node: ConditionAst, data: object): boolean {
  const v = value(node, data);
  if (typeof v !== 'boolean') throw new ConditionFailure();
  return v;
}

function value(node: ConditionAst, data: object): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'name':
      return lookup(node, data);
    case 'not':
      return !truth(node.operand, data);
    case 'and':
      return node.operands.every((o) => truth(o, data));
    case 'or':
      return node.operands.some((o) => truth(o, data));
    case 'compare': {
      const l = value(node.left, data);
      const r = value(node.right, data);
      if (typeof l !== typeof r) throw new ConditionFailure();
      if (node.op === '==') return l === r;
      if (node.op === '!=') return l !== r;
      if (typeof l === 'boolean') throw new ConditionFailure();
      if (node.op === '<') return l < r;
      if (node.op === '<=') return l <= r;
      if (node.op === '>') return l > r;
      return l >= r;
    }
  }
}

/** How a condition comes out on `data`: holds, does not hold, or stops at a missing name. */
function verdict(condition: ConditionAst, data: object): 'true' | 'false' | 'missing' {
  try {
    return truth(condition, data) ? 'true' : 'false';
  } catch (e) {
    if (e instanceof MissingName) return 'missing';
    if (e instanceof ConditionFailure) return 'false';
    throw e;
  }
}

/**
 * The flows a case may take at a decision (SPEC.md CM-XOR, CM-XOR-DATA): one flow always; none
 * while a non-default condition lacks data; else those whose condition holds or that have none;
 * else the default flows. Pure.
 */
export function admissibleFlows(flows: readonly FlowRule[], data: object): string[] {
  if (flows.length === 1) return [flows[0]!.flowId];
  const open: string[] = [];
  for (const f of flows) {
    if (f.default) continue;
    const v = f.condition === undefined ? 'true' : verdict(f.condition, data);
    if (v === 'missing') return [];
    if (v === 'true') open.push(f.flowId);
  }
  return open.length > 0 ? open : flows.filter((f) => f.default).map((f) => f.flowId);
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

/** Context update for COMPLETE: the event's data merged, a `completed` (or its outcome) line. Pure. */
export function completeTask<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; role?: string },
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
  return { data: mergeData(context.data, e.data), history: [...context.history, entry] };
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
 * its output's `data` is merged; either way a line is written (`by`: the task's role). Pure.
 */
export function finishInvoked<D>(
  { context, event, system }: Args<D>,
  params: { stepId: string; outcome: string; role?: string },
): Partial<CaseContext<D>> {
  const output = (event as { output?: unknown }).output;
  const entry: HistoryEntry = {
    stepId: params.stepId,
    at: stamp(event, system),
    outcome: params.outcome,
  };
  if (params.role !== undefined) entry.by = params.role;
  const more = params.outcome === 'done' ? dataOf(output).data : undefined;
  return { data: mergeData(context.data, more), history: [...context.history, entry] };
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
