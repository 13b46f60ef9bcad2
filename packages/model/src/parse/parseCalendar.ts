import { WEEKDAYS, type Calendar, type Weekday, type WorkingHours } from '../types/calendar';
import { childPath } from './jsonPath';
import { ObjectReader, kindOf } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';
import { RECORD_FIELDS } from '../types/recordFields';

const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Minutes after midnight of an `HH:MM` or `HH:MM:SS` time (00:00 … 24:00), or `undefined`;
 * seconds give a fraction of a minute (`08:30:30` → 510.5). Pure.
 */
export function minutesOfDay(value: string): number | undefined {
  const m = TIME.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 24 || min > 59 || sec > 59 || (h === 24 && (min > 0 || sec > 0))) return undefined;
  return h * 60 + min + sec / 60;
}

/** Reads a calendar: an id, an optional name and time zone, and its weekly working hours. */
export function parseCalendar(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(RECORD_FIELDS.calendars, 'a calendar');
  const id = r.declaredId('calendar');
  const name = r.string('name');
  const timezone = r.string('timezone');
  const week = r
    .list('week', true)
    ?.map((h, i) => parseWorkingHours(c, h, childPath(r.at('week'), i)));
  if (id === undefined || week === undefined || week.some((h) => h === undefined)) return undefined;
  const calendar: Calendar = {
    id,
    ...(name !== undefined && { name }),
    ...(timezone !== undefined && { timezone }),
    week: week as WorkingHours[],
  };
  return calendar;
}

function parseWorkingHours(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['days', 'from', 'to'], 'working hours');
  const days = r.list('days', true);
  let daysOk = days !== undefined;
  const seen = new Set<string>();
  days?.forEach((day, i) => {
    const dayPath = childPath(r.at('days'), i);
    if (typeof day !== 'string') {
      c.report(dayPath, 'field.type', { expected: 'string', actual: kindOf(day) });
      daysOk = false;
    } else if (!(WEEKDAYS as readonly string[]).includes(day)) {
      c.report(dayPath, 'field.enum', { value: day, allowed: WEEKDAYS });
      daysOk = false;
    } else if (seen.has(day)) {
      c.report(dayPath, 'days.duplicate', { day });
      daysOk = false;
    } else seen.add(day);
  });
  const from = readTime(r, 'from');
  const to = readTime(r, 'to');
  if (from !== undefined && to !== undefined && minutesOfDay(to)! <= minutesOfDay(from)!) {
    c.report(r.at('to'), 'time.order', { from, to });
    return undefined;
  }
  if (!daysOk || from === undefined || to === undefined) return undefined;
  const hours: WorkingHours = { days: days as Weekday[], from, to };
  return hours;
}

function readTime(r: ObjectReader, key: 'from' | 'to'): string | undefined {
  const v = r.string(key, true);
  if (v === undefined) return undefined;
  if (minutesOfDay(v) !== undefined) return v;
  r.c.report(r.at(key), 'time.syntax', { value: v });
  return undefined;
}
