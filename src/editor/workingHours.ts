/**
 * Working hours by default: a new process gets an office calendar (Mon–Fri 09:00–18:00,
 * Asia/Shanghai), and roles and arrivals created in the editor go on the document's working
 * calendar, so a role's load reads per working week (45 h), not per 168-hour week. Pure.
 */
import type { Calendar, Lang, ProcessDocument } from '@flowsmith/model';

/** The id of the default working-hours calendar. */
export const OFFICE_CALENDAR_ID = 'office';

/** The default working-hours calendar, named in `lang`. */
export function officeCalendar(lang: Lang): Calendar {
  return {
    id: OFFICE_CALENDAR_ID,
    name:
      lang === 'zh-CN' ? '工作时间（周一至周五 9:00–18:00）' : 'Office hours (Mon–Fri 09:00–18:00)',
    timezone: 'Asia/Shanghai',
    week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
  };
}

/**
 * The calendar a role or arrival created now should use: the `office` calendar when the
 * document has it, else its only calendar, else none (a document written without calendars
 * stays around the clock).
 */
export function workingCalendarId(doc: ProcessDocument): string | undefined {
  const calendars = doc.calendars ?? [];
  if (calendars.some((c) => c.id === OFFICE_CALENDAR_ID)) return OFFICE_CALENDAR_ID;
  return calendars.length === 1 ? calendars[0]!.id : undefined;
}
