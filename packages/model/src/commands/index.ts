export { type Command } from './command';
export {
  commandRegistry,
  COMMAND_IDS,
  type CommandCall,
  type CommandId,
  type CommandParams,
} from './commandRegistry';
export { executeCommand, canExecute, type CommandResult } from './executeCommand';
export { freshId } from './freshId';
export { isValidId } from './documentIds';
export type { Changes } from './applyChanges';
export type { StepChanges, StepFields } from './stepUpdate';
export type { StepMove } from './stepsMove';
export type { StepsMergeParams } from './stepsMerge';
export type { StepsRemoveParams } from './stepsRemove';
export { timersWaitingFor, type TimerLookup } from './timersWaitingFor';
export {
  stepsRemoveDependants,
  type RemovalDependants,
  type RemovalWarning,
} from './stepsRemoveDependants';
export type { ElementsAddParams } from './elementsAdd';
export type { FlowChanges } from './flowUpdate';
export type { ProcessChanges } from './processUpdate';
export type { RoleRemoveParams } from './roleRemove';
export type { AddParams, UpdateParams } from './recordCommands';
export { mergedDuration } from './mergedDuration';
