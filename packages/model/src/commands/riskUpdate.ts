import { updateCommand } from './recordCommands';

/** `risk.update`: changes fields of one record of `risks`; `null` clears an optional field. */
export const riskUpdate = updateCommand('risk.update', 'risks');
