import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '@flowsmith/model';
import { withBreaks } from './dayBreaks';

const HOUR = 3_600_000;
/** Monday 1 January 2024 00:00 UTC. */
const MONDAY = Date.UTC(2024, 0, 1);
const weekdays: WorkingHours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const day: WorkingHours[] = [{ days: weekdays, from: '09:00', to: '17:00' }];

/** Weekday events 09:00–17:00 for `weeks` weeks, every `every` minutes ÷ `weight(hour)` (none at 0). */
function instants(weeks: number, every: number, weight: (hour: number) => number): number[] {
  const times: number[] = [];
  for (let d = 0; d < weeks * 7; d++) {
    if (d % 7 >= 5) continue;
    for (let h = 9; h < 17; h++)
      for (let m = 0; m < 60; m += every / weight(h) || 60)
        if (weight(h) > 0) times.push(MONDAY + (d * 24 + h) * HOUR + m * 60_000);
  }
  return times;
}

describe('withBreaks', () => {
  it('splits a day around an hour in which nothing starts or completes', () => {
    const times = instants(4, 10, (h) => (h === 12 ? 0 : 1));
    expect(withBreaks(day, times, { offsetMinutes: 0 })).toEqual([
      { days: weekdays, from: '09:00', to: '12:00' },
      { days: weekdays, from: '13:00', to: '17:00' },
    ]);
  });

  it('finds a break of two hours, read in the log’s zone', () => {
    const times = instants(4, 10, (h) => (h === 12 || h === 13 ? 0 : 1)).map((t) => t - 8 * HOUR);
    expect(withBreaks(day, times, { offsetMinutes: 480 })).toEqual([
      { days: weekdays, from: '09:00', to: '12:00' },
      { days: weekdays, from: '14:00', to: '17:00' },
    ]);
  });

  it('keeps a quiet lunch hour, a break of two weeks only, and thin hours', () => {
    const quiet = instants(4, 10, (h) => (h === 12 ? 0.2 : 1));
    expect(withBreaks(day, quiet, { offsetMinutes: 0 })).toEqual(day);
    const short = instants(2, 10, (h) => (h === 12 ? 0 : 1));
    expect(withBreaks(day, short, { offsetMinutes: 0 })).toEqual(day);
    // An event an hour: 4 weeks × 5 days = 20 in each hour pooled…
    const thin = instants(4, 60, (h) => (h === 12 ? 0 : 1));
    expect(withBreaks(day, thin, { offsetMinutes: 0 })).toHaveLength(2);
    // …but 3 weeks hold 15: a gap that could be chance.
    expect(
      withBreaks(
        day,
        instants(3, 60, (h) => (h === 12 ? 0 : 1)),
        { offsetMinutes: 0 },
      ),
    ).toEqual(day);
  });

  it('does not take an empty first or last hour of a block for a break', () => {
    const late = instants(4, 10, (h) => (h === 9 || h === 16 ? 0 : 1));
    expect(withBreaks(day, late, { offsetMinutes: 0 })).toEqual(day);
  });
});
