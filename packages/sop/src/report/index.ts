export { buildComparisonReport, type ComparisonReportInput } from './buildComparisonReport';
export { renderReportHtml } from './renderReportHtml';
export { reportToSopTree } from './reportToSopTree';
export { changeReasons, type ChangeReason } from './changeReasons';
export { beforeAfterChart, type ChartFigure } from './beforeAfterChart';
export { executiveLabels, type ExecutiveLabels } from './executiveMessages';
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
