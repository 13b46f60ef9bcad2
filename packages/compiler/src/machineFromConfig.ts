/**
 * Compiler entry, step 2 of 2: a JSON config (from `emitMachineConfig`) becomes a runnable XState
 * v5 machine. The config names its guards, actions and actors; this file supplies them with
 * `setup()`. Guards evaluate pre-parsed condition ASTs with the model's evaluator — never `eval`.
 */
import { assign, forwardTo, fromPromise, setup, type AnyActorLogic } from 'xstate';
import { conditionIsTrue } from '@flowsmith/model';
import { admissibleFlowIds, missingDataNames } from './flowRules';
import type { FlowRule, MachineJson, StateJson } from './machineConfig';
import type {
  CaseData,
  ProcessContext,
  ProcessEvent,
  ProcessInput,
  ProcessOutput,
} from './processEvents';
import {
  canChooseFlows,
  caseInput,
  caseOutput,
  chooseFlow,
  chooseFlows,
  completeTask,
  doneAtOnce,
  finishInvoked,
  initialContext,
  isStep,
  recordStep,
  setCaseData,
  takeFlows,
  takesFlows,
  tookFlow,
  type DataChange,
} from './runtime';

/** Actors a host provides for system tasks, by step id (SPEC.md CM-TASK). */
export type TaskActors = Readonly<Record<string, AnyActorLogic>>;

/** TG-6 with data, except that a decision missing data waits for it (CM-XOR-DATA): nothing is admissible. */
const admissible = (flows: readonly FlowRule[], data: CaseData) =>
  missingDataNames(flows, data).length > 0
    ? []
    : admissibleFlowIds(flows, data, (ast, d) => conditionIsTrue(ast, d));

/**
 * The setup every compiled process machine shares: its types, guards and actions. The guards
 * read conditions with the model's evaluator; the context updates are the runtime's, which the
 * emitted modules share (`@flowsmith/compiler/runtime`).
 */
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
      isStep,
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
        'flowId' in event &&
        event.flowId === params.flowId &&
        admissible(params.flows, context.data).includes(params.flowId),
      // The inclusive gateway's guards are the runtime's (CM-OR): its conditions are read by the
      // runtime interpreter, which the tests hold to the model's evaluator.
      takesFlows: (args, params: { flows: FlowRule[] }) => takesFlows(args, params),
      canChooseFlows: (args, params: { stepId: string; flows: FlowRule[] }) =>
        canChooseFlows(args, params),
      tookFlow: (args, params: { stepId: string; flowId: string }) => tookFlow(args, params),
    },
    actions: {
      record: assign((args, params: { stepId: string; outcome: string; flowId?: string }) =>
        recordStep(args, params),
      ),
      completeTask: assign((args, params: { stepId: string; role?: string; sets?: DataChange[] }) =>
        completeTask(args, params),
      ),
      choose: assign((args, params: { stepId: string }) => chooseFlow(args, params)),
      takeFlows: assign((args, params: { stepId: string; flows: FlowRule[] }) =>
        takeFlows(args, params),
      ),
      chooseFlows: assign((args, params: { stepId: string; flows: FlowRule[] }) =>
        chooseFlows(args, params),
      ),
      finishInvoked: assign(
        (args, params: { stepId: string; outcome: string; role?: string; sets?: DataChange[] }) =>
          finishInvoked(args, params),
      ),
      forwardToChild: forwardTo((_, params: { actorId: string }) => params.actorId),
      setData: assign((args) => setCaseData(args)),
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
  // Each invoked system task gets the host's actor, or the default work: done at once (CM-TASK).
  for (const [stepId, src] of invokedTasks(root)) {
    const logic = Object.hasOwn(actors, stepId) ? actors[stepId]! : fromPromise(doneAtOnce);
    Object.defineProperty(registry, src, { value: logic, enumerable: true });
  }
  return buildOne(root as MachineJson, registry);
}

/** The actor each invoked task's state invokes, by step id. Pure. */
export function invokedTasks(state: StateJson, out = new Map<string, string>()) {
  const meta = state.meta;
  if (state.invoke !== undefined && meta !== undefined && 'stepId' in meta && meta.type === 'task')
    out.set(meta.stepId, state.invoke.src);
  for (const s of Object.values(state.states ?? {})) invokedTasks(s, out);
  return out;
}

type SetupConfig = Parameters<ReturnType<typeof processSetup>['createMachine']>[0];

function buildOne(config: MachineJson, actors: Record<string, AnyActorLogic>) {
  const { children: _c, processMeta: _p, ...states } = config;
  // The JSON's guards and actions are the setup's by construction (CM-JSON); its shape is checked
  // by the tests that run every mapping rule, not by the type system.
  const withInputs = addInvokeInputs(states) as SetupConfig;
  return processSetup(actors).createMachine({
    ...withInputs,
    context: ({ input }) => initialContext<CaseData>({ input }),
    output: ({ context }) => caseOutput({ context }),
  });
}

/** A copy of a state config in which every invoke passes the case data to its actor. */
function addInvokeInputs(state: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'invoke' && typeof value === 'object' && value !== null) {
      out.invoke = { ...value, input: caseInput };
    } else if (key === 'states' && typeof value === 'object' && value !== null) {
      const states: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(value)) states[k] = addInvokeInputs(child as object);
      out.states = states;
    } else out[key] = value;
  }
  return out;
}
