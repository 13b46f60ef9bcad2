/**
 * @flowsmith/mining — process mining on event logs: read XES and CSV in a stream, explore
 * variants and the directly-follows graph, discover a process document (inductive miner), replay
 * a log on any process document. Pure TypeScript, no DOM, no file system: callers hand over text,
 * bytes or async iterables of chunks.
 */
export type * from './log/eventLog';
export {
  miningMessages,
  miningMessage,
  type MiningCode,
  type MiningMessageParams,
} from './messages/miningMessages';
export { MiningError } from './messages/MiningError';
export { type LogSource, textChunks } from './read/textChunks';
export { parseTimestamp } from './read/parseTimestamp';
export { parseTimeZone, type TimeZone } from './read/timeZone';
export { csvRecords, type CsvRecord } from './read/csvRecords';
export { parseColumnMapping, resolveColumnMapping, type ColumnMapping } from './read/columnMapping';
export { guessColumns, MAPPED_COLUMNS, type MappedColumn } from './read/guessColumns';
export { readCsvLog, type ReadCsvOptions } from './read/readCsvLog';
export { readRecordsLog, type ReadRecordsOptions } from './read/readRecordsLog';
export { readXlsxLog, type ReadXlsxOptions, type ReadXlsxResult } from './read/readXlsxLog';
export { excelSerialText, isDateFormat } from './read/excelDate';
export { openXlsx, type XlsxWorkbook } from './read/xlsxWorkbook';
export { xlsxRows, type SheetRow } from './read/xlsxRows';
export { readXesLog, type ReadXesOptions } from './read/readXesLog';
export { xmlTags, decodeEntities, type XmlTag } from './read/xmlTags';
export { MAX_PROBLEMS } from './read/ProblemList';
export { variants, caseMinutes, type Variant } from './explore/variants';
export {
  directlyFollows,
  simplifyFollows,
  type DirectlyFollowsGraph,
  type FollowsArc,
} from './explore/directlyFollows';
export { filterLog, type LogFilter } from './explore/filterLog';
export { logStats, type LogStats } from './explore/logStats';
export { inductiveMiner } from './discover/inductiveMiner';
export { formatTree, type ProcessTree } from './discover/processTree';
export { simplifyTree } from './discover/simplifyTree';
export { joinOptionals } from './discover/joinOptionals';
export { arrivalWeights } from './discover/arrivalWeights';
export { discoverMembers, type DiscoveredMembers } from './discover/discoverMembers';
export { withBreaks, BREAK_RULE } from './discover/dayBreaks';
export {
  personSpeeds,
  timesAtSpeedOne,
  SPEED_RULE,
  type TimesByPerson,
} from './discover/personSpeeds';
export {
  scheduledBatches,
  SCHEDULED_BATCH_RULE,
  type ScheduledBatch,
} from './discover/scheduledBatches';
export {
  batchesBySizeOrWindow,
  taskBatch,
  SIZE_WINDOW_BATCH_RULE,
  type SizeWindowBatch,
} from './discover/batchesBySizeOrWindow';
export { batchWindow, BATCH_WINDOW_RULE } from './discover/batchWindow';
export {
  batchGroups,
  timestampResolution,
  type ActivityGroups,
  type BatchGroup,
} from './discover/batchGroups';
export { treeToProcess, probabilities, type TreeProcess } from './discover/treeToProcess';
export { fitDuration, logGamma, type DurationFit, type DurationFits } from './discover/fitDuration';
export { discoverRoles, type DiscoveredRoles } from './discover/discoverRoles';
export {
  discoverRoleCalendars,
  describeWeek,
  ROLE_CALENDAR_RULE,
  type RoleCalendars,
} from './discover/discoverRoleCalendars';
export { maxConcurrency } from './discover/maxConcurrency';
export { discoverProcess, type DiscoverOptions, type Discovery } from './discover/discoverProcess';
export { replayNet, type ReplayNet, type NetTransition } from './conform/replayNet';
export {
  tokenReplay,
  type Conformance,
  type Deviation,
  type DeviationKind,
} from './conform/tokenReplay';
export { discoverArrival, type DiscoveredArrival } from './discover/discoverArrival';
export {
  logKpis,
  quantileOf,
  type LogKpis,
  type ActivityKpis,
  type RoleKpis,
} from './validate/logKpis';
export { simulatedLog, type SimulatedExecution } from './validate/simulatedLog';
export {
  compareWithLog,
  DEFAULT_TOLERANCES,
  type Validation,
  type ValidationRow,
  type ValidationMetric,
  type ValidationTolerances,
} from './validate/compareWithLog';
export { branchTasks, type BranchSplit } from './validate/branchTasks';
export {
  figuresVersusData,
  DEFAULT_FIGURE_TOLERANCES,
  type FigureFinding,
  type FigureTolerances,
} from './validate/figuresVersusData';
export { validationLabel, describeFigureFinding } from './validate/validationText';
export { workingMinutes } from './validate/workingTime';
export { roleWorkingMinutes } from './validate/roleWorkingMinutes';
export {
  validateAgainstLog,
  ValidationCancelled,
  VALIDATION_RUNS,
  VALIDATION_MAX_CASES,
  type ValidationSimulator,
  type ValidateAgainstLogOptions,
} from './validate/validateAgainstLog';
export { alignToDrawn, type AlignedDiscovery } from './conform/alignToDrawn';
export { drawnVersusData, type DrawnVersusData } from './conform/drawnVersusData';
export {
  compareParameters,
  peakConcurrency,
  ROUND_TRIP_TOLERANCES,
  type ParameterRow,
} from './validate/compareParameters';
export { branchConditions, type BranchCondition } from './discover/branchConditions';
export { arrivalProfile, type ArrivalProfile } from './explore/arrivalProfile';
