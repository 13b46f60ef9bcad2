import type { ProcessDocument } from '@flowsmith/model';
import type { TimeZone } from '../read/timeZone';
import { workingMinutes } from './workingTime';

/**
 * For `logKpis`' `minutesOf`: per activity (a task's name), the working minutes of its role's
 * calendar read in `zone` (`workingMinutes`), or undefined (clock minutes) when the task has no
 * role or its role no calendar. Pure.
 */
export function roleWorkingMinutes(
  doc: ProcessDocument,
  zone: TimeZone = { offsetMinutes: 0 },
): (activity: string) => ((fromMs: number, toMs: number) => number) | undefined {
  const byActivity = new Map<string, (fromMs: number, toMs: number) => number>();
  const byCalendar = new Map<string, (fromMs: number, toMs: number) => number>();
  for (const s of doc.steps) {
    if (s.type !== 'task' || !s.role) continue;
    const id = doc.roles.find((r) => r.id === s.role)?.calendar;
    const calendar = id ? doc.calendars?.find((c) => c.id === id) : undefined;
    if (!calendar) continue;
    let minutes = byCalendar.get(calendar.id);
    if (!minutes) byCalendar.set(calendar.id, (minutes = workingMinutes(calendar, zone)));
    byActivity.set(s.name, minutes);
  }
  return (activity) => byActivity.get(activity);
}
