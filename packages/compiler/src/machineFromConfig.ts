/**
 * Compiler entry, step 2 of 2: a JSON config (from `emitMachineConfig`) becomes a runnable XState
 * v5 machine. The config names its guards, actions and actors; this file supplies them with
 * `setup()`. Guards evaluate pre-parsed condition ASTs with the model's evaluator — never `eval`.
 */
import { assign, forwardTo, setup, type AnyActorLogic } from 'xstate';
import { conditionIsTrue } from '@flowsmith/model';
import { admissibleFlowIds, missingDataNames } from './flowRules';
import type { FlowRule, MachineJson } from './machineConfig';
import type {
  CaseData,
  HistoryEntry,
  ProcessContext,
  ProcessEvent,
  ProcessInput,
  ProcessOutput,
} from './processEvents';

/** Actors a host provides for system tasks, by step id (SPEC.md CM-TASK). */
export type TaskActors = Readonly<Record<string, AnyActorLogic>>;

const isObject = (v: unknown): v is CaseData =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data an event or an actor's output carries, as a plain object (anything else: none). */
function dataOf(value: unknown): CaseData {
  return isObject(value) ? value : {};
}

/** A copy of the case data merged with `more`; own keys only, `__proto__` stays a plain key. */
function merge(data: CaseData, more: CaseData): CaseData {
  const out: CaseData = {};
  for (const source of [data, more]) {
    for (const key of Object.keys(source)) {
      Object.defineProperty(out, key, {
        value: source[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** TG-6 with data, except that a decision missing data waits for it (CM-XOR-DATA): nothing is admissible. */
const admissible = (flows: readonly FlowRule[], data: CaseData) =>
  missingDataNames(flows, data).length > 0
    ? []
    : admissibleFlowIds(flows, data, (ast, d) => conditionIsTrue(ast, d));

const stamp = (event: object): number => {
  const at = (event as { at?: unknown }).at;
  return typeof at === 'number' && Number.isFinite(at) ? at : Date.now();
};

/** The setup every compiled process machine shares: its types, guards and actions. */
export function processSetup(actors: Record<string, AnyActorLogic>) {
  return setup({
    types: {
      context: {} as ProcessContext,
      events: {} as ProcessEvent,
      input: {} as ProcessInput | undefined,
      output: {} as ProcessOutput,
    },
    actors,
    guards: {
      isStep: ({ event }, params: { stepId: string }) =>
        event.type !== 'SET_DATA' && event.stepId === params.stepId,
      onlyFlow: ({ context }, params: { flowId: string; flows: FlowRule[] }) => {
        const open = admissible(params.flows, context.data);
        return open.length === 1 && open[0] === params.flowId;
      },
      canChoose: (
        { context, event },
        params: { stepId: string; flowId: string; flows: FlowRule[] },
      ) =>
        event.type === 'CHOOSE' &&
        event.stepId === params.stepId &&
        event.flowId === params.flowId &&
        admissible(params.flows, context.data).includes(params.flowId),
    },
    actions: {
      record: assign(
        ({ context, event }, params: { stepId: string; outcome: string; flowId?: string }) => {
          const entry: HistoryEntry = {
            stepId: params.stepId,
            at: stamp(event),
            outcome: params.outcome,
          };
          if (params.flowId !== undefined) entry.flowId = params.flowId;
          return { history: [...context.history, entry] };
        },
      ),
      completeTask: assign(({ context, event }, params: { stepId: string; role?: string }) => {
        if (event.type !== 'COMPLETE') return {};
        const entry: HistoryEntry = {
          stepId: params.stepId,
          at: stamp(event),
          outcome: typeof event.outcome === 'string' ? event.outcome : 'completed',
        };
        const by = typeof event.by === 'string' ? event.by : params.role;
        if (by !== undefined) entry.by = by;
        return {
          data: merge(context.data, dataOf(event.data)),
          history: [...context.history, entry],
        };
      }),
      choose: assign(({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'CHOOSE') return {};
        const entry: HistoryEntry = {
          stepId: params.stepId,
          at: stamp(event),
          outcome: 'took-flow',
          flowId: event.flowId,
        };
        if (typeof event.by === 'string') entry.by = event.by;
        return { history: [...context.history, entry] };
      }),
      finishInvoked: assign(({ context, event }, params: { stepId: string; outcome: string }) => {
        // onDone events carry the actor's output; a child process outputs { data, history }.
        const output = (event as { output?: unknown }).output;
        const entry: HistoryEntry = {
          stepId: params.stepId,
          at: Date.now(),
          outcome: params.outcome,
        };
        const data =
          params.outcome === 'done' ? dataOf(isObject(output) ? output.data : undefined) : {};
        return { data: merge(context.data, data), history: [...context.history, entry] };
      }),
      forwardToChild: forwardTo((_, params: { actorId: string }) => params.actorId),
      setData: assign(({ context, event }) =>
        event.type === 'SET_DATA' ? { data: merge(context.data, dataOf(event.data)) } : {},
      ),
    },
  });
}

/**
 * The runnable machine of a JSON config (SPEC.md CM-*): context `{ data: input.data, history: [] }`,
 * output `{ data, history }` when a case is done, child machines of its subprocesses registered
 * as actors, and the host's `actors` for system tasks (keys: step ids). Pure.
 */
export function machineFromConfig(config: MachineJson, actors: TaskActors = {}) {
  const { children = {}, processMeta: _meta, ...root } = config;
  // Children come after their own children (the compiler lists them depth first), and all
  // share one registry, so a child finds the machines it invokes.
  const registry: Record<string, AnyActorLogic> = {};
  for (const [name, child] of Object.entries(children)) {
    Object.defineProperty(registry, name, { value: buildOne(child, registry), enumerable: true });
  }
  for (const [stepId, logic] of Object.entries(actors)) {
    Object.defineProperty(registry, `task:${stepId}`, { value: logic, enumerable: true });
  }
  return buildOne(root as MachineJson, registry);
}

type SetupConfig = Parameters<ReturnType<typeof processSetup>['createMachine']>[0];

function buildOne(config: MachineJson, actors: Record<string, AnyActorLogic>) {
  const { children: _c, processMeta: _p, ...states } = config;
  // The JSON's guards and actions are the setup's by construction (CM-JSON); its shape is checked
  // by the tests that run every mapping rule, not by the type system.
  const withInputs = addInvokeInputs(states) as SetupConfig;
  return processSetup(actors).createMachine({
    ...withInputs,
    context: ({ input }) => ({ data: merge({}, dataOf(input?.data)), history: [] }),
    output: ({ context }) => ({ data: context.data, history: context.history }),
  });
}

/** A copy of a state config in which every invoke passes the case data to its actor. */
function addInvokeInputs(state: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'invoke' && isObject(value)) {
      out.invoke = {
        ...value,
        input: ({ context }: { context: ProcessContext }) => ({ data: context.data }),
      };
    } else if (key === 'states' && isObject(value)) {
      const states: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(value)) states[k] = addInvokeInputs(child as object);
      out.states = states;
    } else out[key] = value;
  }
  return out;
}
