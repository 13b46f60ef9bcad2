import type { Distribution, Duration } from './distribution';

/** Where a step sits on the canvas, in canvas units. */
export interface Position {
  x: number;
  y: number;
}

/** The kinds of task (FORMAT.md). Default `manual`. */
export type TaskKind = 'manual' | 'system' | 'approval' | 'review';
export const TASK_KINDS: readonly TaskKind[] = ['manual', 'system', 'approval', 'review'];

/** Lean value class: value-adding, business-value-adding, non-value-adding. */
export type ValueClass = 'VA' | 'BVA' | 'NVA';
export const VALUE_CLASSES: readonly ValueClass[] = ['VA', 'BVA', 'NVA'];

/** Who else is involved in a task besides the responsible role (RACI). */
export interface Raci {
  accountable?: string;
  consulted?: string[];
  informed?: string[];
}

interface StepBase {
  id: string;
  name: string;
  position?: Position;
  /** Free text shown in the inspector and the SOP. */
  description?: string;
}

/** The periods an arrival rate can be given per. */
export type ArrivalPeriod = 'hour' | 'day' | 'week';
export const ARRIVAL_PERIODS: readonly ArrivalPeriod[] = ['hour', 'day', 'week'];

/**
 * "40 cases per day": `count` (> 0) new cases per `per`. With the arrival's calendar, `per` means
 * per working hour / working day / working week of that calendar (a day is the calendar's weekly
 * working minutes over its number of working days); without one, per clock hour / 24 h / 7 days.
 * Cases then come at random (Poisson: exponential gaps) within the working time.
 */
export interface ArrivalRate {
  count: number;
  per: ArrivalPeriod;
}

/**
 * How often new cases come: either a `rate` or an `interarrival` distribution (exactly one).
 * `calendar` limits arrivals to its working hours; inter-arrival times count working time only.
 */
export type Arrival =
  { interarrival: Distribution; calendar?: string } | { rate: ArrivalRate; calendar?: string };

/** Where a case begins. */
export interface StartStep extends StepBase {
  type: 'start';
  /** How often new cases come (see `Arrival`). */
  arrival?: Arrival;
}

/** Where a case (or one parallel branch of it) finishes. */
export interface EndStep extends StepBase {
  type: 'end';
}

/** Work done by a role or a system. */
export interface TaskStep extends StepBase {
  type: 'task';
  kind?: TaskKind;
  /** The responsible role (R): does the work and uses its capacity. */
  role?: string;
  raci?: Raci;
  /** Touch time: how long the work itself takes. */
  duration?: Distribution;
  value?: ValueClass;
  /** Data ids read and written. */
  inputs?: string[];
  outputs?: string[];
  /** The tool used, e.g. `ERP`. */
  system?: string;
  /** How to do it (goes into the SOP). */
  instructions?: string;
  /** 注意事项: what to watch out for (goes into the SOP). */
  cautions?: string[];
  sla?: Duration;
  /** A required control (compliance): never suggested for removal. */
  control?: boolean;
}

/** Exclusive decision (split) or merge of alternative paths. */
export interface XorStep extends StepBase {
  type: 'xor';
}

/** Parallel split, or the join that waits for all incoming branches. */
export interface AndStep extends StepBase {
  type: 'and';
}

/** A wait of a given duration; no role works. */
export interface TimerStep extends StepBase {
  type: 'timer';
  duration?: Distribution;
}

/** Runs another process document (by its id), then continues. */
export interface SubprocessStep extends StepBase {
  type: 'subprocess';
  process: string;
}

/** A step of the process, discriminated by `type`. */
export type Step = StartStep | EndStep | TaskStep | XorStep | AndStep | TimerStep | SubprocessStep;

/** The step types, as written in `type`. */
export type StepType = Step['type'];
export const STEP_TYPES: readonly StepType[] = [
  'start',
  'end',
  'task',
  'xor',
  'and',
  'timer',
  'subprocess',
];

/** The step with the given `type`. */
export type StepOfType<T extends StepType> = Extract<Step, { type: T }>;
