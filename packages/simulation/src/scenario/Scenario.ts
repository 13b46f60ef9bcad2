import type { ArrivalRule, CaseValue, PriorityRule, QueueDiscipline } from '@flowsmith/model';

/**
 * A case attribute: a fixed value, a distribution of numbers (parameters taken as written,
 * `unit` ignored), or a categorical choice `{ "choice": { "north": 0.3, "south": 0.7 } }` —
 * the model's `CaseValue`.
 */
export type AttributeSpec = CaseValue;

/** What-if changes applied to the process for one run; the document itself is not changed. */
export interface ScenarioOverrides {
  /** Multiplies every arrival rate (1.3 = 30 % more cases). */
  arrivalRate?: number;
  /** Capacity per role id (people at once). */
  capacity?: Record<string, number>;
  /** Multiplies the duration of a step (task or timer) by id. */
  duration?: Record<string, number>;
  /** Probability per flow id (flows leaving an xor or an or). */
  probabilities?: Record<string, number>;
  /** Queue discipline per role id, instead of the role's `queue`. */
  queue?: Record<string, QueueDiscipline>;
  /** How every arrival stream's gaps meet its calendar, instead of each stream's `rule`. */
  arrivalRule?: ArrivalRule;
}

/**
 * A simulation scenario (docs/simulation.md): how long to run, how often, and what to change.
 * Durations (`horizon`, `warmup` as time, `sla`) are minutes or strings like `30d`, `12h`.
 */
export interface Scenario {
  /** Measured cases per replication (after warm-up). Default 10,000 unless `horizon` is set. */
  cases?: number;
  /** Simulated time per replication instead of a case count. */
  horizon?: number | string;
  /** Discarded start: a number of cases, or a time such as `2d`. Default 10 % of `cases`, or 0. */
  warmup?: number | string;
  /** Independent replications. Default 10. */
  replications?: number;
  /** Seed of replication 0; the others derive from it. Default 1. */
  seed?: number;
  overrides?: ScenarioOverrides;
  /** Case data, drawn once per case when it arrives; xor conditions read it. */
  attributes?: Record<string, AttributeSpec>;
  /** A task in progress at closing time: `pause` until next opening (default) or `finish`. */
  calendarMode?: 'pause' | 'finish';
  /** Cycle-time limit of a case, for the SLA breach rate. */
  sla?: number | string;
  /** Number of bins of the over-time series (queue length, WIP). Default 100. */
  bins?: number;
  /** Local date-time simulation time 0 stands for, instead of the document's `simulation.start`. */
  start?: string;
  /** Priority rules, replacing the document's `simulation.priorities` whole. */
  priorities?: PriorityRule[];
}

/** The resolved overrides: every map present (maybe empty); `arrivalRule` only when given. */
export interface ResolvedOverrides {
  arrivalRate: number;
  capacity: Record<string, number>;
  duration: Record<string, number>;
  probabilities: Record<string, number>;
  queue: Record<string, QueueDiscipline>;
  arrivalRule?: ArrivalRule;
}

/** A scenario with defaults filled in and durations in minutes. */
export interface ResolvedScenario {
  cases: number;
  horizon: number;
  warmupCases: number;
  warmupTime: number;
  replications: number;
  seed: number;
  overrides: ResolvedOverrides;
  /** Case data: the document's `simulation.attributes` with the scenario's on top (per name). */
  attributes: Record<string, AttributeSpec>;
  /** Priority rules: the scenario's when it gives them, else the document's; maybe empty. */
  priorities: PriorityRule[];
  /** The start date-time (scenario, else document, else `2024-01-01T00:00`). */
  start: string;
  /** {@link start} as `Date.UTC` milliseconds (local time written with a `Z` in event logs). */
  startEpoch: number;
  /** Minutes from the start's Monday 00:00 to time 0: the phase of every calendar. */
  weekPhase: number;
  /**
   * What the scenario itself gave, before the document's settings were merged in, so that
   * {@link resolveScenario} can merge it with another document (compare).
   */
  own: { attributes: Record<string, AttributeSpec>; priorities?: PriorityRule[]; start?: string };
  calendarMode: 'pause' | 'finish';
  sla: number;
  bins: number;
}
