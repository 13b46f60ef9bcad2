export * from './workshopQueries';
export type { NoteChanges } from './noteCommands';
export type { WasteTagParams } from './wasteCommands';
export { MAX_VOTE_BUDGET } from './voteCommands';
export { MAX_TIMER_SECONDS, type TimerStartParams } from './timerCommands';
export type { ParkingChanges } from './parkingCommands';
export { isDateTime } from '../parse/parseWorkshop';
export { wasteNames } from '../messages/workshopMessages';
