import { addCommand } from './recordCommands';

/** `data.add`: adds one record to `data` (appended, or at `index`); refuses a bad or taken id. */
export const dataAdd = addCommand('data.add', 'data');
