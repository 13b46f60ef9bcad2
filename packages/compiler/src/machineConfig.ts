/**
 * The plain-JSON shape of a compiled machine (what `emitMachineConfig` returns): an XState v5
 * state-node config whose behaviour is named guards, actions and actors with JSON params, so it
 * can be saved, diffed, opened in Stately's tools and turned back into a machine with
 * `machineFromConfig`. Types only.
 */
import type { Batch, ConditionAst, Raci, StepType, TaskKind } from '@flowsmith/model';
import type { DataChange } from './runtime';

/** One outgoing flow of an xor or an or-gateway, as its guards need it (SPEC.md CM-XOR, CM-OR). */
export interface FlowRule {
  flowId: string;
  /** The parsed condition; absent when the flow has none. */
  condition?: ConditionAst;
  /** A default flow: taken only when no other flow is admissible. */
  default?: true;
  /** At an or-split: the flow's probability, which picks the flow when nothing else applies (CM-OR). */
  probability?: number;
}

/** A named action or guard with its parameters. */
export type ActionJson =
  | { type: 'record'; params: { stepId: string; outcome: string; flowId?: string } }
  | { type: 'completeTask'; params: { stepId: string; role?: string; sets?: DataChange[] } }
  | { type: 'choose'; params: { stepId: string } }
  | { type: 'takeFlows'; params: { stepId: string; flows: FlowRule[] } }
  | { type: 'chooseFlows'; params: { stepId: string; flows: FlowRule[] } }
  | {
      type: 'finishInvoked';
      params: { stepId: string; outcome: string; role?: string; sets?: DataChange[] };
    }
  | { type: 'setData' }
  | { type: 'forwardToChild'; params: { actorId: string } };

/** A named guard with its parameters. */
export type GuardJson =
  | { type: 'isStep'; params: { stepId: string } }
  | { type: 'onlyFlow'; params: { flowId: string; flows: FlowRule[] } }
  | { type: 'canChoose'; params: { stepId: string; flowId: string; flows: FlowRule[] } }
  | { type: 'takesFlows'; params: { flows: FlowRule[] } }
  | { type: 'canChooseFlows'; params: { stepId: string; flows: FlowRule[] } }
  | { type: 'tookFlow'; params: { stepId: string; flowId: string } };

/** A transition: where to go, when, and what to record. */
export interface TransitionJson {
  target?: string;
  guard?: GuardJson;
  actions?: ActionJson[];
}

/** An invoked actor: a subprocess's child machine or a host-provided system task. */
export interface InvokeJson {
  src: string;
  id: string;
  onDone: TransitionJson;
  onError: TransitionJson;
}

/** What run mode and the SOP-like views need to know about the step a state stands for. */
export interface StepMeta {
  stepId: string;
  /** Position of the step in the document, for a stable order of available actions. */
  index: number;
  type: StepType;
  name: string;
  description?: string;
  kind?: TaskKind;
  role?: { id: string; name: string };
  raci?: Raci;
  instructions?: string;
  cautions?: string[];
  /** SLA in minutes. */
  slaMinutes?: number;
  system?: string;
  /** xor and or: its outgoing flows with labels and target steps. */
  flows?: Array<{
    flowId: string;
    to: string;
    toName: string;
    label?: string;
    condition?: string;
    default?: true;
  }>;
  /** task: cases are worked in batches, outside the machine (SPEC.md CM-BATCH). */
  batch?: Batch;
  /** end: a terminate end, which ends the whole case (SPEC.md CM-TERMINATE). */
  terminate?: true;
  /** timer: the delay, in (scaled) milliseconds. */
  delayMs?: number;
  /** subprocess: the process it runs; subprocess and invoked system task: the invoked actor's id. */
  process?: string;
  actorId?: string;
}

/** The `meta` of the sub-state a task enters when its SLA has passed (SPEC.md CM-SLA). */
export interface EscalationMeta {
  escalation: { stepId: string; name: string; slaMinutes: number };
}

/** A state node of the compiled machine. */
export interface StateJson {
  type?: 'parallel' | 'final';
  /** An explicit state id (a terminate end's, which branches target with `#id`). */
  id?: string;
  initial?: string;
  states?: Record<string, StateJson>;
  on?: Record<string, TransitionJson[]>;
  always?: TransitionJson[];
  after?: Record<string, TransitionJson[]>;
  invoke?: InvokeJson;
  onDone?: TransitionJson;
  entry?: ActionJson[];
  tags?: string[];
  meta?: StepMeta | EscalationMeta;
  /** The step's name (and description): what Stately's inspector and visualiser show. */
  description?: string;
}

/** The root of the compiled machine. */
export interface MachineJson extends StateJson {
  id: string;
  initial: string;
  states: Record<string, StateJson>;
  /** The process the machine was compiled from (root meta is not a StepMeta). */
  processMeta: { id: string; name: string; language?: string; startStepId: string };
  /** Child machines invoked by subprocess steps, by actor name `process:<id>`. */
  children?: Record<string, MachineJson>;
}
