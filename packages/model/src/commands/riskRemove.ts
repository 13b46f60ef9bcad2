import { removeCommand } from './recordCommands';

/** `risk.remove`: removes one record of `risks`; nothing else refers to it. */
export const riskRemove = removeCommand('risk.remove', 'risks');
