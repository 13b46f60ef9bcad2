import { refusal } from '../messages/commandMessages';
import { defineCommand } from './command';
import { findRecord, recordsOf } from './documentIds';
import { recordEntry } from './recordEntry';
import { checkExists } from './recordCommands';

/**
 * `calendar.remove`: removes a calendar; refused while a role, a role's member, a start step's
 * arrival or a batch schedule uses it.
 */
export const calendarRemove = defineCommand({
  id: 'calendar.remove',
  canExecute(doc, params: { id: string }, lang) {
    const missing = checkExists(doc, 'calendars', params.id, lang);
    if (missing) return missing;
    const users = [
      ...recordsOf(doc, 'roles')
        .filter((r) => r.calendar === params.id)
        .map((r) => `role "${r.id}"`),
      ...recordsOf(doc, 'roles')
        .filter((r) => r.members?.some((m) => m.calendar === params.id))
        .map((r) => `role "${r.id}"`),
      ...recordsOf(doc, 'steps')
        .filter(
          (s) =>
            (s.type === 'start' && s.arrival?.calendar === params.id) ||
            (s.type === 'task' && s.batch?.schedule === params.id),
        )
        .map((s) => `step "${s.id}"`),
    ];
    return users.length
      ? refusal('calendar.inUse', { id: params.id, usedBy: users.slice(0, 3).join(', ') }, lang)
      : null;
  },
  execute(doc, { id }) {
    const { index, record } = findRecord(doc, 'calendars', id)!;
    return { added: [], updated: [], removed: [recordEntry('calendars', index, record)] };
  },
});
