export { KPI_KEYS, LOWER_IS_BETTER, kpiFigures, type KpiKey, type KpiFigures } from './kpiFigures';
export { compareKpis, type KpiComparison, type KpiRow, type KpiCell } from './compareKpis';
export {
  attributeChanges,
  attributeCommandChanges,
  type Attribution,
  type ChangeContribution,
  type CommandChange,
  type KpiValues,
} from './attributeChanges';
export { typicalCaseTimeline } from './typicalCaseTimeline';
export { simulatedCaseTimeline, casesInBoth, type LoggedStep } from './simulatedCaseTimeline';
export { timelineRoles, type Timeline, type TimelineBar } from './timeline';
export { kpiLabel, compareLabels, type CompareLabels } from './compareMessages';
export { currencyOf, formatMoney } from './formatMoney';
export { formatPoints, formatSigned, formatSignedMinutes } from './formatPoints';
