import { minutesOfDay } from '@flowsmith/model';

/**
 * What is wrong with a block of working hours from `from` to `to`, as the model reads calendars:
 * `format` when either is not `HH:MM` or `HH:MM:SS` between 00:00 and 24:00, `order` when `to` is
 * not after `from`, else `undefined` (so `08:30:15`–`24:00` is fine). Pure.
 */
export function workingHoursProblem(from: string, to: string): 'format' | 'order' | undefined {
  const start = minutesOfDay(from);
  const end = minutesOfDay(to);
  if (start === undefined || end === undefined) return 'format';
  return end <= start ? 'order' : undefined;
}
