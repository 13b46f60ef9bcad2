import { addCommand } from './recordCommands';

/** `role.add`: adds one record to `roles` (appended, or at `index`); refuses a bad or taken id. */
export const roleAdd = addCommand('role.add', 'roles');
