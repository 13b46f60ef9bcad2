import { addCommand } from './recordCommands';

/** `risk.add`: adds one record to `risks` (appended, or at `index`); refuses a bad or taken id. */
export const riskAdd = addCommand('risk.add', 'risks');
