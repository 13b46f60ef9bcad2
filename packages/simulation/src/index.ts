/**
 * @flowsmith/simulation — a discrete-event simulator of process documents: seeded random
 * streams, an (time, priority, sequence)-ordered event queue on typed arrays, the token-game
 * semantics of @flowsmith/model, calendars, scenarios, statistics with confidence intervals,
 * paired comparison of as-is and to-be, and event logs. Pure TypeScript: no DOM, no Node APIs.
 */
export {
  runReplication,
  runReplicationSync,
  prepareSimulation,
  type RunOptions,
  type SimulationPlan,
  type CancelSignal,
} from './runReplication';
export type {
  Scenario,
  ResolvedScenario,
  ScenarioOverrides,
  AttributeSpec,
} from './scenario/Scenario';
export {
  SCENARIO_LIMITS,
  validateScenario,
  type ScenarioResult,
} from './scenario/validateScenario';
export { implausibleResult } from './implausibleResult';
export { parseDuration } from './scenario/parseDuration';
export type * from './results';
export {
  aggregate,
  type SimulationSummary,
  type RoleSummary,
  type StepSummary,
} from './stats/aggregate';
export { compareResults, type Comparison, type MetricDelta } from './stats/compareResults';
export { estimate, type Estimate } from './stats/estimate';
export { studentT975 } from '@flowsmith/model';
export { quantile } from './stats/quantile';
export { eventLogCsv } from './eventLog/eventLogCsv';
export { eventLogXes } from './eventLog/eventLogXes';
export { DEFAULT_LOG_EPOCH } from './eventLog/logTimestamp';
export {
  messages,
  message,
  SimulationError,
  type SimulationProblem,
  type MessageCode,
} from './messages';
export { RandomStream } from './random/RandomStream';
export { Sampler } from './random/Sampler';
export { streamSeed } from './random/streamSeed';
export { EventQueue } from './kernel/EventQueue';
export { WorkCalendar } from './calendar/WorkCalendar';
export { startMoment, DEFAULT_START, type StartMoment } from './calendar/startMoment';
export { resolveScenario } from './scenario/resolveScenario';
export { ArrivalClock, type ArrivalClockOptions } from './engine/ArrivalClock';
export type { RecordOptions } from './engine/Replication';
