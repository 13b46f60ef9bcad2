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
export type Arrival = ({ interarrival: Distribution } | { rate: ArrivalRate }) & {
  calendar?: string;
  /**
   * How gaps meet the calendar: `openTime` (default) counts each gap in the calendar's open time
   * only; `wallClock` counts it in clock time and moves an arrival that falls in closed hours to
   * the next opening, where the next gap starts (Prosimos, BIMP).
   */
  rule?: ArrivalRule;
  /** Rates that vary by hour of day and day of week (relative weights). */
  profile?: ArrivalProfile;
};

/** How an arrival stream's gaps meet its calendar (see `Arrival.rule`). */
export type ArrivalRule = 'openTime' | 'wallClock';
export const ARRIVAL_RULES: readonly ArrivalRule[] = ['openTime', 'wallClock'];

/**
 * Relative arrival intensity by hour of day (`hours`, 24 weights, 00:00–01:00 first) and day of
 * week (`days`, 7 weights, Monday first); either may be left out (all 1). The intensity at a
 * moment is hours × days, scaled so that its average over the stream's open week is 1: the
 * stated rate or inter-arrival mean stays the weekly average. Weights are ≥ 0, some > 0.
 */
export interface ArrivalProfile {
  hours?: number[];
  days?: number[];
}

/** Where a case begins. */
export interface StartStep extends StepBase {
  type: 'start';
  /** How often new cases come (see `Arrival`). */
  arrival?: Arrival;
}

/** Where a case (or one parallel branch of it) finishes. */
export interface EndStep extends StepBase {
  type: 'end';
  /** A terminate end: reaching it ends the whole case at once, cancelling its other branches. */
  terminate?: boolean;
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
  /** Cases are gathered and worked together (the weekly pay run, the daily bank file). */
  batch?: Batch;
  /** Case data this step sets when it finishes (`approved`, a rework counter); later conditions read it. */
  sets?: Record<string, CaseDataChange>;
}

/**
 * Batch work (FORMAT extension): cases wait at the step until the batch fires, then one member
 * works them together. It fires when `size` cases wait, when the first waiting case has waited
 * `window`, or at each opening of the `schedule` calendar — whichever comes first; at least one
 * of the three is given. A batch takes every waiting case, at most `size`. Its duration is one
 * draw of the step's duration × (1 + `perCase` × (n − 1)) for n cases.
 */
export interface Batch {
  /** Cases per batch, ≥ 2: fires as soon as this many wait. */
  size?: number;
  /** Longest a case waits for its batch to fill. */
  window?: Duration;
  /** Calendar id: fires at each opening (a committee that meets on Tuesdays at 10:00). */
  schedule?: string;
  /** Share of the duration each case beyond the first adds, ≥ 0; default 0 (one duration per batch). */
  perCase?: number;
}

/**
 * A change a step makes to its case's data when it finishes: a fixed value, a drawn value (a
 * distribution, or `{ choice: { value: weight } }`), or `{ add: n }` to a number (a missing
 * number counts as 0).
 */
export type CaseDataChange = CaseValue | { add: number };

/**
 * A value of case data as a scenario or step gives it: fixed, drawn from a distribution
 * (parameters taken as written, `unit` ignored), or a categorical `{ choice: { north: 0.3 } }`.
 */
export type CaseValue =
  number | string | boolean | Distribution | { choice: Record<string, number> };

/** Exclusive decision (split) or merge of alternative paths. */
export interface XorStep extends StepBase {
  type: 'xor';
}

/**
 * Inclusive (OR) decision: every outgoing flow whose condition holds (or that is drawn by its own
 * `probability`, each independently) is taken — one or more; none taken → the default flow. As a
 * join (several incoming) it waits for the branches its split started, no more.
 */
export interface OrStep extends StepBase {
  type: 'or';
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
export type Step =
  StartStep | EndStep | TaskStep | XorStep | OrStep | AndStep | TimerStep | SubprocessStep;

/** The step types, as written in `type`. */
export type StepType = Step['type'];
export const STEP_TYPES: readonly StepType[] = [
  'start',
  'end',
  'task',
  'xor',
  'or',
  'and',
  'timer',
  'subprocess',
];

/** The step with the given `type`. */
export type StepOfType<T extends StepType> = Extract<Step, { type: T }>;
