/**
 * @flowsmith/model — the process document of FORMAT.md: types, parsing and validation,
 * migrations, graph queries, patches and commands, the condition language and the
 * reference token game. Pure TypeScript, no DOM.
 */
export * from './types';
export * from './messages/lang';
export * from './distribution/distributionMoments';
export { distributionSupport } from './distribution/distributionSupport';
export { studentT975 } from './distribution/studentT975';
export { scaleDistribution } from './distribution/scaleDistribution';
export { arrivalInterarrival, ratePeriodMinutes } from './arrival/arrivalInterarrival';
export { workingWeek } from './arrival/workingWeek';
export { buildGraph, type ProcessGraph } from './graph/buildGraph';
export { reachableFrom, canReachAny, canReach } from './graph/reachableFrom';
export { topologicalOrder, type TopologicalOrder } from './graph/topologicalOrder';
export { stronglyConnectedComponents } from './graph/stronglyConnectedComponents';
export { pairInclusiveJoins, type InclusivePairing } from './graph/pairInclusiveJoins';
export { roleCapacity } from './roles/roleCapacity';
export { openIntervalsByDay } from './arrival/workingWeek';
export { isLocalDateTime } from './parse/parseSimulationSettings';
export { isDataName } from './parse/parseCaseValue';
export { minutesOfDay } from './parse/parseCalendar';
export { distributionProblems } from './parse/distributionProblems';
export type { ConditionAst, ConditionValue, ComparisonOperator } from './condition/conditionAst';
export {
  parseCondition,
  MAX_CONDITION_DEPTH,
  type ParseConditionResult,
  type ConditionSyntaxError,
} from './condition/parseCondition';
export {
  evaluateCondition,
  tryEvaluateCondition,
  conditionIsTrue,
  type ConditionData,
  type EvaluationResult,
} from './condition/evaluateCondition';
export { formatCondition } from './condition/formatCondition';
export { ConditionError } from './condition/ConditionError';
export {
  conditionMessages,
  type ConditionErrorCode,
  type ConditionSyntaxCode,
  type ConditionEvaluationCode,
} from './messages/conditionMessages';
export { type Marking, type TraceStep, tokensOn, markingToObject } from './tokenGame/marking';
export { initialMarking } from './tokenGame/initialMarking';
export { enabledSteps, isComplete, isDeadlocked, type EnabledStep } from './tokenGame/enabledSteps';
export { fire, type FireOptions, type FireResult, type FireRefusal } from './tokenGame/fire';
export {
  acceptsTrace,
  type AcceptsTraceOptions,
  type AcceptsTraceResult,
} from './tokenGame/acceptsTrace';
export {
  exploreStates,
  type ExploreOptions,
  type ExplorationReport,
  type Witness,
} from './tokenGame/exploreStates';
export { enumerateRuns, type Run, type EnumerateRunsOptions } from './tokenGame/enumerateRuns';
export { tokenGameMessages, type TokenGameCode } from './tokenGame/tokenGameMessages';
export * from './parse/parseResult';
export { parseProcess } from './parse/parseProcess';
export { parseProcessJson, isJsonSyntaxProblem, JSON_SYNTAX_CODES } from './parse/parseProcessJson';
export { normalizeProcess } from './parse/normalizeProcess';
export {
  migrateProcess,
  type MigrationResult,
  type MigrateOptions,
} from './migrations/migrateProcess';
export type { Migration } from './migrations/migration';
export { parseMessages, type ParseCode, type ParseMessageParams } from './messages/parseMessages';
export * from './patch';
export * from './commands';
export {
  commandMessages,
  refusal,
  type Refusal,
  type RefusalCode,
  type CommandMessageParams,
} from './messages/commandMessages';
export { gallery, type GalleryName } from './testing/processes';
export { simulationGallery } from './testing/simulationProcesses';
export * as build from './testing/build';
export {
  generateProcess,
  mulberry32,
  TARGET_UTILISATION,
  type GenerateProcessOptions,
} from './testing/generateProcess';
export * from './diff';
export * from './workshop';
