import type { Distribution } from '@flowsmith/model';

/**
 * A case attribute: a fixed value, a distribution of numbers (parameters taken as written,
 * `unit` ignored), or a categorical choice `{ "choice": { "north": 0.3, "south": 0.7 } }`.
 */
export type AttributeSpec =
  number | string | boolean | Distribution | { choice: Record<string, number> };

/** What-if changes applied to the process for one run; the document itself is not changed. */
export interface ScenarioOverrides {
  /** Multiplies every arrival rate (1.3 = 30 % more cases). */
  arrivalRate?: number;
  /** Capacity per role id (people at once). */
  capacity?: Record<string, number>;
  /** Multiplies the duration of a step (task or timer) by id. */
  duration?: Record<string, number>;
  /** Probability per flow id (flows leaving an xor). */
  probabilities?: Record<string, number>;
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
}

/** A scenario with defaults filled in and durations in minutes. */
export interface ResolvedScenario {
  cases: number;
  horizon: number;
  warmupCases: number;
  warmupTime: number;
  replications: number;
  seed: number;
  overrides: Required<ScenarioOverrides>;
  attributes: Record<string, AttributeSpec>;
  calendarMode: 'pause' | 'finish';
  sla: number;
  bins: number;
}
