/**
 * The fixed part of every emitted TypeScript module (SPEC.md CM-TS): event and context types, the
 * condition interpreter and the guards and actions, as source text. It imports only from `xstate`
 * and means exactly what `machineFromConfig` and the model's `evaluateCondition` mean; the tests
 * run emitted modules against in-memory machines to hold them to that.
 */
export const EMITTED_RUNTIME = String.raw`import { assign, forwardTo, setup, type AnyActorLogic } from 'xstate';

/** Case data: what xor conditions read and tasks may fill in. */
export type CaseData = Record<string, unknown>;
/** Completes task stepId; by says who (default: the task's role); data is merged into the case. */
export interface CompleteEvent { type: 'COMPLETE'; stepId: string; by?: string; outcome?: string; data?: CaseData; at?: number }
/** Takes flow flowId at the open decision stepId. */
export interface ChooseEvent { type: 'CHOOSE'; stepId: string; flowId: string; by?: string; at?: number }
/** Merges data into the case's data; open decisions are looked at again. */
export interface SetDataEvent { type: 'SET_DATA'; data: CaseData }
/** Every event the machine accepts. */
export type ProcessEvent = CompleteEvent | ChooseEvent | SetDataEvent;
/** One line of the audit trail. */
export interface HistoryEntry { stepId: string; by?: string; at: number; outcome: string; flowId?: string }
export interface ProcessContext { data: CaseData; history: HistoryEntry[] }
export interface ProcessInput { data?: CaseData }
export interface ProcessOutput { data: CaseData; history: HistoryEntry[] }

/** A flow condition as data: the parsed condition language (@flowsmith/model SPEC.md CL). */
export type ConditionAst =
  | { type: 'literal'; value: number | string | boolean }
  | { type: 'name'; name: string; path: readonly string[] }
  | { type: 'not'; operand: ConditionAst }
  | { type: 'and' | 'or'; operands: readonly ConditionAst[] }
  | { type: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: ConditionAst; right: ConditionAst };
/** An outgoing flow of a decision. */
export interface FlowRule { flowId: string; condition?: ConditionAst; default?: true }

// The condition interpreter walks the tree; it never builds or runs code. A missing name, values
// of different types or a non-boolean make the condition not hold (CL-7, CL-8); names are own
// properties only (CL-9).
class ConditionFailure extends Error {}
/** A name the condition needs is absent, undefined or null: the decision waits for it (CM-XOR-DATA). */
class MissingName extends ConditionFailure {}
type Value = number | string | boolean;

function lookup(node: { name: string; path: readonly string[] }, data: CaseData): Value {
  let v: unknown;
  if (Object.hasOwn(data, node.name)) v = data[node.name];
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

function truth(node: ConditionAst, data: CaseData): boolean {
  const v = value(node, data);
  if (typeof v !== 'boolean') throw new ConditionFailure();
  return v;
}

function value(node: ConditionAst, data: CaseData): Value {
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

function holds(condition: ConditionAst, data: CaseData): boolean {
  try {
    return truth(condition, data);
  } catch (e) {
    if (e instanceof ConditionFailure) return false;
    throw e;
  }
}

/** Whether evaluating the condition stops at a name the case lacks. */
function lacksData(condition: ConditionAst, data: CaseData): boolean {
  try {
    truth(condition, data);
    return false;
  } catch (e) {
    if (e instanceof MissingName) return true;
    if (e instanceof ConditionFailure) return false;
    throw e;
  }
}

/**
 * The flows a case may take at a decision: one flow always; none while a non-default condition
 * lacks data (the decision waits for SET_DATA); else those whose condition holds or that have
 * none; else the default flows.
 */
function admissible(flows: readonly FlowRule[], data: CaseData): string[] {
  if (flows.length === 1) return [flows[0]!.flowId];
  if (flows.some((f) => !f.default && f.condition !== undefined && lacksData(f.condition, data))) return [];
  const open = flows.filter((f) => !f.default && (f.condition === undefined || holds(f.condition, data)));
  return (open.length > 0 ? open : flows.filter((f) => f.default)).map((f) => f.flowId);
}

const isObject = (v: unknown): v is CaseData => typeof v === 'object' && v !== null && !Array.isArray(v);
const dataOf = (v: unknown): CaseData => (isObject(v) ? v : {});

/** A copy of data merged with more; own keys only, so a key "__proto__" stays a plain key. */
function merge(data: CaseData, more: CaseData): CaseData {
  const out: CaseData = {};
  for (const source of [data, more])
    for (const key of Object.keys(source))
      Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  return out;
}

const stamp = (event: object): number => {
  const at = (event as { at?: unknown }).at;
  return typeof at === 'number' && Number.isFinite(at) ? at : Date.now();
};

const caseInput = ({ context }: { context: ProcessContext }) => ({ data: context.data });

function processSetup(actors: Record<string, AnyActorLogic>) {
  return setup({
    types: {
      context: {} as ProcessContext,
      events: {} as ProcessEvent,
      input: {} as ProcessInput | undefined,
      output: {} as ProcessOutput,
    },
    actors,
    guards: {
      isStep: ({ event }, params: { stepId: string }) => event.type !== 'SET_DATA' && event.stepId === params.stepId,
      onlyFlow: ({ context }, params: { flowId: string; flows: readonly FlowRule[] }) => {
        const open = admissible(params.flows, context.data);
        return open.length === 1 && open[0] === params.flowId;
      },
      canChoose: ({ context, event }, params: { stepId: string; flowId: string; flows: readonly FlowRule[] }) =>
        event.type === 'CHOOSE' &&
        event.stepId === params.stepId &&
        event.flowId === params.flowId &&
        admissible(params.flows, context.data).includes(params.flowId),
    },
    actions: {
      record: assign(({ context, event }, params: { stepId: string; outcome: string; flowId?: string }) => {
        const entry: HistoryEntry = { stepId: params.stepId, at: stamp(event), outcome: params.outcome };
        if (params.flowId !== undefined) entry.flowId = params.flowId;
        return { history: [...context.history, entry] };
      }),
      completeTask: assign(({ context, event }, params: { stepId: string; role?: string }) => {
        if (event.type !== 'COMPLETE') return {};
        const entry: HistoryEntry = {
          stepId: params.stepId,
          at: stamp(event),
          outcome: typeof event.outcome === 'string' ? event.outcome : 'completed',
        };
        const by = typeof event.by === 'string' ? event.by : params.role;
        if (by !== undefined) entry.by = by;
        return { data: merge(context.data, dataOf(event.data)), history: [...context.history, entry] };
      }),
      choose: assign(({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'CHOOSE') return {};
        const entry: HistoryEntry = { stepId: params.stepId, at: stamp(event), outcome: 'took-flow', flowId: event.flowId };
        if (typeof event.by === 'string') entry.by = event.by;
        return { history: [...context.history, entry] };
      }),
      finishInvoked: assign(({ context, event }, params: { stepId: string; outcome: string }) => {
        const output = (event as { output?: unknown }).output;
        const entry: HistoryEntry = { stepId: params.stepId, at: Date.now(), outcome: params.outcome };
        const data = params.outcome === 'done' ? dataOf(isObject(output) ? output.data : undefined) : {};
        return { data: merge(context.data, data), history: [...context.history, entry] };
      }),
      forwardToChild: forwardTo((_, params: { actorId: string }) => params.actorId),
      setData: assign(({ context, event }) =>
        event.type === 'SET_DATA' ? { data: merge(context.data, dataOf(event.data)) } : {},
      ),
    },
  });
}

const initialContext = ({ input }: { input: ProcessInput | undefined }): ProcessContext => ({
  data: merge({}, dataOf(input?.data)),
  history: [],
});
const caseOutput = ({ context }: { context: ProcessContext }): ProcessOutput => ({
  data: context.data,
  history: context.history,
});

/** Child machines of subprocess steps, by actor name. */
const processActors: Record<string, AnyActorLogic> = {};
`;
