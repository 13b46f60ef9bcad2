import type { ConditionAst, Distribution } from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';
import type { ArrivalClock } from './ArrivalClock';

/** A role as the engine sees it. */
export interface CompiledRole {
  id: string;
  name: string;
  capacity: number;
  costPerHour: number;
  calendar: WorkCalendar | null;
  /** Persons (indices into `CompiledModel.persons`) of a role served person by person; else empty. */
  members: number[];
  /** How the role takes waiting work: DISCIPLINE_FIFO, _PRIORITY or _DUE_DATE (stepKinds). */
  discipline: number;
  /**
   * True for today's fast path: anonymous members sharing the role's calendar, FIFO, no batch,
   * no terminate end in the model. Otherwise the role is dispatched person by person.
   */
  simple: boolean;
}

/** One person (a role's member, or an anonymous member of a role that is not simple). */
export interface CompiledPerson {
  id: string;
  /** False for the anonymous members the engine makes up (not reported in `people`). */
  named: boolean;
  /** The roles this person works for, in document order (a shared person has several). */
  roles: number[];
  calendar: WorkCalendar | null;
  /** Durations are divided by it. */
  speed: number;
  /** Cost of a busy hour, or NaN for "the role's". */
  costPerHour: number;
  /** This person's own duration per step index (before `speed`). */
  durations: Map<number, Distribution>;
}

/** A change a task makes to its case's data when it finishes (`TaskStep.sets`), compiled. */
export type CompiledSet =
  | { name: string; kind: 'value'; value: number | string | boolean }
  | { name: string; kind: 'draw'; spec: Distribution | { choice: Record<string, number> } }
  | { name: string; kind: 'add'; add: number };

/** A task's batch rule (`TaskStep.batch`) in minutes. */
export interface CompiledBatch {
  /** Cases per batch (Infinity: no size limit). */
  size: number;
  /** Longest wait of the first case (Infinity: none). */
  window: number;
  schedule: WorkCalendar | null;
  perCase: number;
}

/** A priority rule with its condition parsed. */
export interface CompiledPriority {
  condition: ConditionAst;
  priority: number;
  /** The top-level names the condition reads: a rule applies only to data that has them all. */
  names: string[];
}

/** An arrival stream: a start step with its inter-arrival distribution. */
export interface CompiledStart {
  step: number;
  id: string;
  interarrival: Distribution;
  /** Scale of inter-arrival times (1 / arrival-rate factor). */
  scale: number;
  calendar: WorkCalendar | null;
  /** Turns drawn gaps into arrival times (rule, calendar, profile); shared by replications. */
  clock: ArrivalClock;
}

/**
 * A process document flattened into arrays for the engine (subprocesses inlined, overrides
 * applied). Steps and flows are numbered; outgoing flows of step `s` are
 * `outFlows[outStart[s] .. outStart[s + 1])`, in document order.
 */
export interface CompiledModel {
  stepIds: string[];
  stepNames: string[];
  /** True for steps of the document itself (not of an inlined subprocess). */
  topLevel: boolean[];
  kind: Uint8Array;
  role: Int32Array;
  duration: Array<Distribution | undefined>;
  durationScale: Float64Array;
  /** Step SLA in minutes (Infinity when none). */
  sla: Float64Array;
  outStart: Int32Array;
  outFlows: Int32Array;
  flowIds: string[];
  flowTo: Int32Array;
  /** Per and-join: first counter slot (per case), or -1; `flowSlot` is the flow's offset in it. */
  joinBase: Int32Array;
  joinSlots: number;
  inCount: Int32Array;
  flowSlot: Int32Array;
  /** Per step: ROUTE_ALL, ROUTE_PROBABILITY or ROUTE_CONDITION. */
  route: Uint8Array;
  /** Per flow: cumulative probability among its siblings (probability routing). */
  cumulative: Float64Array;
  condition: Array<ConditionAst | null>;
  isDefault: Uint8Array;
  /** Per step: the subprocess step whose child contains it, or -1; per SUB step: its child start. */
  owner: Int32Array;
  subIndex: Int32Array;
  subEntry: Int32Array;
  subCount: number;
  roles: CompiledRole[];
  starts: CompiledStart[];
  persons: CompiledPerson[];
  /** Per step: its `sets` in key order, or null. */
  sets: Array<CompiledSet[] | null>;
  /** Per step: its batch rule, or null. */
  batch: Array<CompiledBatch | null>;
  /** Per step: 1 for a terminate end. */
  terminate: Uint8Array;
  /** True when some end terminates (the engine then tracks every token's whereabouts). */
  hasTerminate: boolean;
  /** Per or-split step: the slot of the join it pairs with, or -1; per or-join: its slot, or -1. */
  orSplitSlot: Int32Array;
  orJoinSlot: Int32Array;
  orSlots: number;
  /** Per step: the or slots whose region it lies in (`orRegionSlots[orRegionStart[s] ..]`). */
  orRegionStart: Int32Array;
  orRegionSlots: Int32Array;
  /** Per flow leaving an or split by probability: the chance it is taken. */
  orChance: Float64Array;
  priorities: CompiledPriority[];
  /** Names some case data holds (attributes and names steps set): conditions over them route by data. */
  dataNames: Set<string>;
}
