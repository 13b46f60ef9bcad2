import { updateCommand } from './recordCommands';

/** `role.update`: changes fields of one record of `roles`; `null` clears an optional field. */
export const roleUpdate = updateCommand('role.update', 'roles');
