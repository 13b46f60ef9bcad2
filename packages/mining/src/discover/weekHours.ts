import { WEEKDAYS, type WorkingHours } from '@flowsmith/model';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

const HOUR = 3_600_000;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Events by hour of the week (0 = Monday 00:00–01:00) read in `zone`. Pure. */
export function hourOfWeekCounts(times: readonly number[], zone: TimeZone): Float64Array {
  const counts = new Float64Array(168);
  for (const t of times) {
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const day = (Math.floor(local / (24 * HOUR)) + 3) % 7; // 1 January 1970 was a Thursday
    counts[day * 24 + (Math.floor(local / HOUR) % 24)]!++;
  }
  return counts;
}

/** Whether hour `h` of the week (0 = Monday 00:00) is within `week` (null: around the clock). Pure. */
export function withinWeek(week: readonly WorkingHours[] | null, h: number): boolean {
  if (!week) return true;
  const day = WEEKDAYS[Math.floor(h / 24)]!;
  const at = hhmm(h % 24);
  return week.some((w) => w.days.includes(day) && w.from <= at && at < w.to);
}
