import type { WorkingHours } from '@flowsmith/model';
import { withinWeek } from './weekHours';

/**
 * The fewest events a person's hours must be off the role's by before they count as other hours:
 * the role's work pattern expects at least this many of the person's events in the hours the
 * person is not found working (a Poisson count of 10 is 0 once in 22,000), or the person has at
 * least this many events in hours outside the role's (and three times what the pattern expects).
 */
export const OTHER_HOURS_MIN_EVENTS = 10;

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
