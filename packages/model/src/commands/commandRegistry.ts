import type { Command } from './command';
import { calendarAdd } from './calendarAdd';
import { calendarRemove } from './calendarRemove';
import { calendarUpdate } from './calendarUpdate';
import { dataAdd } from './dataAdd';
import { dataRemove } from './dataRemove';
import { dataUpdate } from './dataUpdate';
import { elementsAdd } from './elementsAdd';
import { flowConnect } from './flowConnect';
import { flowDisconnect } from './flowDisconnect';
import { flowUpdate } from './flowUpdate';
import { kpiAdd } from './kpiAdd';
import { kpiRemove } from './kpiRemove';
import { kpiUpdate } from './kpiUpdate';
import { processRename } from './processRename';
import { processUpdate } from './processUpdate';
import { riskAdd } from './riskAdd';
import { riskRemove } from './riskRemove';
import { riskUpdate } from './riskUpdate';
import { roleAdd } from './roleAdd';
import { roleRemove } from './roleRemove';
import { rolesReorder } from './rolesReorder';
import { roleUpdate } from './roleUpdate';
import { stepAdd } from './stepAdd';
import { stepsMerge } from './stepsMerge';
import { stepsMove } from './stepsMove';
import { stepsRemove } from './stepsRemove';
import { stepUpdate } from './stepUpdate';
import { noteAdd, noteRemove, noteResolve, noteUpdate } from '../workshop/noteCommands';
import { parkingAdd, parkingRemove, parkingUpdate } from '../workshop/parkingCommands';
import { timerPause, timerResume, timerStart, timerStop } from '../workshop/timerCommands';
import { voteBudget, voteCast, voteRetract, votesClear } from '../workshop/voteCommands';
import { wasteTag, wasteUntag } from '../workshop/wasteCommands';

/** Every command by its `noun.verb` id. */
export const commandRegistry = {
  'process.rename': processRename,
  'process.update': processUpdate,
  'step.add': stepAdd,
  'step.update': stepUpdate,
  'steps.move': stepsMove,
  'steps.remove': stepsRemove,
  'steps.merge': stepsMerge,
  'elements.add': elementsAdd,
  'flow.connect': flowConnect,
  'flow.disconnect': flowDisconnect,
  'flow.update': flowUpdate,
  'role.add': roleAdd,
  'role.update': roleUpdate,
  'role.remove': roleRemove,
  'roles.reorder': rolesReorder,
  'calendar.add': calendarAdd,
  'calendar.update': calendarUpdate,
  'calendar.remove': calendarRemove,
  'data.add': dataAdd,
  'data.update': dataUpdate,
  'data.remove': dataRemove,
  'risk.add': riskAdd,
  'risk.update': riskUpdate,
  'risk.remove': riskRemove,
  'kpi.add': kpiAdd,
  'kpi.update': kpiUpdate,
  'kpi.remove': kpiRemove,
  'note.add': noteAdd,
  'note.update': noteUpdate,
  'note.resolve': noteResolve,
  'note.remove': noteRemove,
  'waste.tag': wasteTag,
  'waste.untag': wasteUntag,
  'vote.cast': voteCast,
  'vote.retract': voteRetract,
  'votes.clear': votesClear,
  'vote.budget': voteBudget,
  'timer.start': timerStart,
  'timer.pause': timerPause,
  'timer.resume': timerResume,
  'timer.stop': timerStop,
  'parking.add': parkingAdd,
  'parking.update': parkingUpdate,
  'parking.remove': parkingRemove,
} as const;

type Registry = typeof commandRegistry;

/** The id of a command, `noun.verb`. */
export type CommandId = keyof Registry;

/** The params type of command `Id`. */
export type CommandParams<Id extends CommandId> =
  Registry[Id] extends Command<Id, infer P> ? P : never;

/** A call of one command with its typed params, discriminated by `id`. */
export type CommandCall = { [Id in CommandId]: { id: Id; params: CommandParams<Id> } }[CommandId];

/** The command ids, in registry order. */
export const COMMAND_IDS = Object.keys(commandRegistry) as CommandId[];
