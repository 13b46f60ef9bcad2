import type { ConditionAst, Distribution } from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';

/** A role as the engine sees it. */
export interface CompiledRole {
  id: string;
  name: string;
  capacity: number;
  costPerHour: number;
  calendar: WorkCalendar | null;
}

/** An arrival stream: a start step with its inter-arrival distribution. */
export interface CompiledStart {
  step: number;
  id: string;
  interarrival: Distribution;
  /** Scale of inter-arrival times (1 / arrival-rate factor). */
  scale: number;
  calendar: WorkCalendar | null;
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
}
