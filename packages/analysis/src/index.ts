/**
 * @flowsmith/analysis — where a process is slow, overloaded, repetitive or unclear about who
 * does what, and what to change: structural rules, flow maths and queueing estimates, lean and
 * RACI findings, and improvement suggestions as model commands. Pure TypeScript, no DOM.
 */
export { analyze } from './analyze';
export { blocksSimulation } from './blocksSimulation';
export {
  improve,
  improvementScore,
  toBeId,
  freeId,
  type DroppedChange,
  type ImproveOptions,
  type ImproveResult,
  type ImprovementChange,
} from './improve';
export { newFindings } from './newFindings';
export { applySuggestion, type SuggestionResult } from './suggestions/applySuggestion';
export { predictEffect, effectBetween } from './suggestions/predictEffect';
export { effectPredictor, type EffectPredictor } from './suggestions/effectPredictor';
export { predictEffects } from './suggestions/predictEffects';
export { worsens } from './suggestions/withholdWorse';
export { orderFindings, compareImpact } from './impact/orderFindings';
export { formatReport, formatEffect, formatImpact } from './formatReport';
export {
  analysisMessages,
  analysisMessage,
  reportLabels,
  formatMinutes,
  formatPercent,
  type AnalysisMessageCode,
  type AnalysisMessageParams,
} from './messages';
export { rules } from './rules';
export {
  controlsOf,
  authorityOf,
  dutiesOf,
  dutyConflicts,
  checkSuggestion,
  DUTY_PAIRS,
  MAX_UTILIZATION,
  type Control,
  type ControlReason,
  type DutyPair,
  type DutyConflict,
  type Refusal,
} from './judgement';
export { expertGallery, type GalleryCase, type Never } from './gallery';
export { adviceViolations } from './gallery/adviceViolations';
export type { Rule } from './ruleContext';
export { erlangC, mmcWait, ggcWait } from './queueing/erlangC';
export { nameSimilarity } from './names/nameSimilarity';
export { calendarShare } from './flow/calendarShare';
export { fluidWait } from './calendarWait/fluidWait';
export {
  estimateExcludes,
  formatExcludes,
  simulationDifference,
  type EstimateExclusion,
} from './scope/estimateExcludes';
export { BOTTLENECK_THRESHOLD } from './rules/bottleneck';
export { REWORK_WARNING_PASSES } from './rules/rework-loop';
export type * from './types';
export * from './compare';
