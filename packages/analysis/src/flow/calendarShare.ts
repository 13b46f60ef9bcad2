import { workingWeek, type Calendar } from '@flowsmith/model';

const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * The share of the week (0..1) a calendar is open: the minutes of its working hours over the
 * 10,080 minutes of a week (`workingWeek` of the model: overlapping blocks counted once,
 * unreadable blocks skipped). Pure. `undefined` (no calendar) means always open: 1.
 */
export function calendarShare(calendar: Calendar | undefined): number {
  return workingWeek(calendar).minutes / MINUTES_PER_WEEK;
}
