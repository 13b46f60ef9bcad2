import { minutesOfDay } from '../parse/parseCalendar';
import { WEEKDAYS, type Calendar } from '../types/calendar';

const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * A calendar's open time per weekday (Monday first): the blocks of each day as minutes after
 * midnight `[from, to)`, sorted and merged where they overlap or touch; seconds give fractions of
 * a minute. Unreadable blocks are skipped. No calendar means open all day every day. Pure.
 */
export function openIntervalsByDay(calendar: Calendar | undefined): [number, number][][] {
  if (!calendar) return WEEKDAYS.map(() => [[0, 1440]]);
  const days: [number, number][][] = WEEKDAYS.map(() => []);
  for (const block of calendar.week ?? []) {
    const from = minutesOfDay(block.from ?? '');
    const to = minutesOfDay(block.to ?? '');
    if (from === undefined || to === undefined || !(to > from)) continue;
    for (const day of new Set(block.days ?? [])) {
      const d = WEEKDAYS.indexOf(day);
      if (d >= 0) days[d]!.push([from, to]);
    }
  }
  return days.map((blocks) => {
    const merged: [number, number][] = [];
    for (const [from, to] of blocks.sort((a, b) => a[0] - b[0])) {
      const last = merged.at(-1);
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return merged;
  });
}

/**
 * A calendar's working week: its open minutes per week (overlapping blocks counted once,
 * unreadable blocks skipped, seconds as fractions of a minute) and how many distinct days have
 * any working time. Pure. No calendar means always open: 10,080 minutes over 7 days.
 */
export function workingWeek(calendar: Calendar | undefined): { minutes: number; days: number } {
  if (!calendar) return { minutes: MINUTES_PER_WEEK, days: 7 };
  let minutes = 0;
  let days = 0;
  for (const blocks of openIntervalsByDay(calendar)) {
    const m = blocks.reduce((s, [from, to]) => s + (to - from), 0);
    minutes += m;
    if (m > 0) days++;
  }
  return { minutes, days };
}
