import { WEEKDAYS, type Calendar } from '@flowsmith/model';

const MINUTES_PER_WEEK = 7 * 24 * 60;

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * The share of the week (0..1) a calendar is open: the minutes of its working hours over the
 * 10,080 minutes of a week. Pure. Overlapping blocks are counted once; unreadable blocks are
 * skipped. `undefined` (no calendar) means always open: 1.
 */
export function calendarShare(calendar: Calendar | undefined): number {
  if (!calendar) return 1;
  // One bit per minute of the week: exact even when blocks overlap, and only 10 kB.
  const open = new Uint8Array(MINUTES_PER_WEEK);
  for (const block of calendar.week ?? []) {
    const from = minutesOf(block.from);
    const to = minutesOf(block.to);
    if (!(to > from) || from < 0 || to > 24 * 60) continue;
    for (const day of new Set(block.days ?? [])) {
      const d = WEEKDAYS.indexOf(day);
      if (d < 0) continue;
      open.fill(1, d * 1440 + from, d * 1440 + to);
    }
  }
  let sum = 0;
  for (let i = 0; i < open.length; i++) sum += open[i]!;
  return sum / MINUTES_PER_WEEK;
}
