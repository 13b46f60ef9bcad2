import { WEEKDAYS, type Calendar } from '../types/calendar';

const MINUTES_PER_WEEK = 7 * 24 * 60;

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * A calendar's working week: its open minutes per week (overlapping blocks counted once,
 * unreadable blocks skipped) and how many distinct days have any working time. Pure.
 * No calendar means always open: 10,080 minutes over 7 days.
 */
export function workingWeek(calendar: Calendar | undefined): { minutes: number; days: number } {
  if (!calendar) return { minutes: MINUTES_PER_WEEK, days: 7 };
  const open = new Uint8Array(MINUTES_PER_WEEK);
  for (const block of calendar.week ?? []) {
    const from = minutesOf(block.from);
    const to = minutesOf(block.to);
    if (!(to > from) || from < 0 || to > 24 * 60) continue;
    for (const day of new Set(block.days ?? [])) {
      const d = WEEKDAYS.indexOf(day);
      if (d >= 0) open.fill(1, d * 1440 + from, d * 1440 + to);
    }
  }
  let minutes = 0;
  let days = 0;
  for (let d = 0; d < 7; d++) {
    let m = 0;
    for (let i = d * 1440; i < (d + 1) * 1440; i++) m += open[i]!;
    minutes += m;
    if (m > 0) days++;
  }
  return { minutes, days };
}
