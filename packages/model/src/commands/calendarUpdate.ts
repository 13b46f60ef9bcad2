import { updateCommand } from './recordCommands';

/** `calendar.update`: changes fields of one record of `calendars`; `null` clears an optional field. */
export const calendarUpdate = updateCommand('calendar.update', 'calendars');
