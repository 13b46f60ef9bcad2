import { WEEKDAYS, type WorkingHours } from '@flowsmith/model';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

const HOUR = 3_600_000;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * The fewest events a person's hours must be off the role's by before they count as other hours:
 * the role's work pattern expects at least this many of the person's events in the hours the
 * person is not found working (a Poisson count of 10 is 0 once in 22,000), or the person has at
 * least this many events in hours outside the role's (and three times what the pattern expects).
 */
export const OTHER_HOURS_MIN_EVENTS = 10;

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

/**
 * Whether a person's hours (`own`, found from their events by hour of week `person`) differ from
 * their role's (`roleWeek`, null for around the clock; the role's events by hour of week `role`)
 * beyond what a sample of the person's size shows by chance: the role's pattern expects at least
 * {@link OTHER_HOURS_MIN_EVENTS} of the person's events in the role's hours the person is not
 * found in, or the person works at least that many events (and three times the expected) in
 * hours the role's calendar leaves out. Twenty clerks who all work the role's hours can show one
 * of them "stopping at 17:00 on Wednesdays" from a few hundred events each; that is not
 * different hours. Pure.
 */
export function clearlyOtherHours(
  own: readonly WorkingHours[],
  roleWeek: readonly WorkingHours[] | null,
  person: Float64Array,
  role: Float64Array,
): boolean {
  let n = 0;
  let total = 0;
  for (let h = 0; h < 168; h++) {
    n += person[h]!;
    total += role[h]!;
  }
  if (!(n > 0 && total > 0)) return false;
  let missing = 0;
  let extra = 0;
  let extraExpected = 0;
  for (let h = 0; h < 168; h++) {
    const inRole = withinWeek(roleWeek, h);
    const inOwn = withinWeek(own, h);
    if (inRole && !inOwn) missing += (n * role[h]!) / total;
    if (inOwn && !inRole) {
      extra += person[h]!;
      extraExpected += (n * role[h]!) / total;
    }
  }
  return (
    missing >= OTHER_HOURS_MIN_EVENTS ||
    (extra >= OTHER_HOURS_MIN_EVENTS && extra >= 3 * extraExpected)
  );
}
