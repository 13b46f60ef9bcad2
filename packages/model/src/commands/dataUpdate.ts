import { updateCommand } from './recordCommands';

/** `data.update`: changes fields of one record of `data`; `null` clears an optional field. */
export const dataUpdate = updateCommand('data.update', 'data');
