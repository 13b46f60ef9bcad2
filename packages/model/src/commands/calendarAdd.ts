import { addCommand } from './recordCommands';

/** `calendar.add`: adds one record to `calendars` (appended, or at `index`); refuses a bad or taken id. */
export const calendarAdd = addCommand('calendar.add', 'calendars');
