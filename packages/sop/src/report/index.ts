export { buildComparisonReport, type ComparisonReportInput } from './buildComparisonReport';
export { renderReportHtml } from './renderReportHtml';
export { renderTimeline, type TimelineSection } from './renderTimeline';
export { markDiagram, STATUS_COLOURS } from './markDiagram';
export { reportLabels, type ReportLabels } from './reportMessages';
export type {
  ReportTree,
  ReportBlock,
  ReportChange,
  SimulatedComparison,
  SimulatedDelta,
} from './reportTree';
