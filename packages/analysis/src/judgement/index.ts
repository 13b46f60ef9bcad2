export { authorityOf, AUTHORITY } from './authorityOf';
export { controlsOf, type Control, type ControlReason } from './controlsOf';
export { thresholdGate, isThresholdFlow } from './thresholdGate';
export { DUTY_PAIRS, dutiesOf, type DutyPair } from './dutyCatalogue';
export { dutyConflicts, allowedPairs, type DutyConflict, type Assignment } from './dutyConflicts';
export { checkSuggestion, MAX_UTILIZATION, type Refusal } from './checkSuggestion';
export { guardSuggestions } from './guardSuggestions';
export { keepControlSuggestions, E_SIGN_SLA } from './keepControlSuggestions';
export {
  judgementMessages,
  judgementMessage,
  type JudgementMessageParams,
} from './judgementMessages';
