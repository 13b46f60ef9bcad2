import { minutesOfDay } from '@flowsmith/model';

/**
 * Minutes after midnight of a clock time `HH:MM` or `HH:MM:SS` (seconds as a fraction of a
 * minute; `24:00` allowed, as the end of a day), or NaN when it is not one — the model's
 * `minutesOfDay`, the rule the document parser checks calendars by. Pure.
 */
export function clockMinutes(text: string): number {
  return minutesOfDay(text) ?? NaN;
}
