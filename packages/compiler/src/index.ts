/**
 * @flowsmith/compiler — a process document becomes an XState v5 state machine that can drive an
 * application or run a case step by step (SPEC.md): as an in-memory machine, as plain JSON, or as
 * the source of a TypeScript module; plus the runtime helpers run mode needs. Pure TypeScript, no DOM.
 */
export { compileMachine, type CompileMachineOptions, type ProcessMachine } from './compileMachine';
export {
  emitMachineConfig,
  processActorName,
  systemTaskIds,
  type CompileOptions,
} from './emitMachineConfig';
export { machineFromConfig, type TaskActors } from './machineFromConfig';
export { emitTypeScript } from './emitTypeScript';
export {
  createProcessActor,
  type ProcessActor,
  type ProcessActorOptions,
} from './createProcessActor';
export {
  availableActions,
  type AvailableActions,
  type OpenTask,
  type OpenDecision,
  type WaitingStep,
} from './availableActions';
export { CompileError, type CompileProblem } from './CompileError';
export { compileWarnings, compileWarningMessages, type CompileWarning } from './compileWarnings';
export { missingDataNames } from './flowRules';
export { caseDataFields, type CaseDataField, type CaseValueType } from './caseDataFields';
export { compileMessages, type CompileCode, type CompileMessageParams } from './messages';
export { stateKeys } from './stateKeys';
export type * from './machineConfig';
export type { CaseContext, DataChange, TaskInput, TaskOutput } from './runtime';
export type * from './processEvents';
/** XState's clock whose time moves only when told (`increment(ms)`): for tests, replays and run mode. */
export { SimulatedClock } from 'xstate';
