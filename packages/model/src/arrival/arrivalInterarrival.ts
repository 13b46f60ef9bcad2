import type { Calendar } from '../types/calendar';
import type { Distribution } from '../types/distribution';
import type { Arrival, ArrivalRate } from '../types/step';
import { workingWeek } from './workingWeek';

/**
 * The working minutes of one `per` period of a rate: an hour is 60; a day is the calendar's
 * weekly working minutes over its working days (24 h without a calendar); a week is its weekly
 * working minutes (7 × 24 h without one). Pure. 0 for a calendar with no working time.
 */
export function ratePeriodMinutes(per: ArrivalRate['per'], calendar: Calendar | undefined): number {
  if (per === 'hour') return 60;
  const week = workingWeek(calendar);
  if (per === 'week') return week.minutes;
  return week.days > 0 ? week.minutes / week.days : 0;
}

/**
 * The inter-arrival distribution (in working minutes of the arrival's calendar) that an arrival
 * stands for: its `interarrival` as written, or for a `rate` of n per period an exponential gap
 * with mean = the period's working minutes ÷ n (Poisson arrivals). Pure. `calendars` looks up the
 * arrival's calendar by id; an unknown id counts as no calendar. `undefined` when there is no
 * arrival, or the rate cannot give a gap (count ≤ 0, a calendar without working time).
 */
export function arrivalInterarrival(
  arrival: Arrival | undefined,
  calendars: readonly Calendar[] | undefined,
): Distribution | undefined {
  if (!arrival) return undefined;
  if ('interarrival' in arrival) return arrival.interarrival;
  const calendar = arrival.calendar ? calendars?.find((c) => c.id === arrival.calendar) : undefined;
  const minutes = ratePeriodMinutes(arrival.rate.per, calendar);
  const count = arrival.rate.count;
  if (!(count > 0) || !(minutes > 0) || !Number.isFinite(count)) return undefined;
  return { dist: 'exponential', mean: minutes / count, unit: 'min' };
}
