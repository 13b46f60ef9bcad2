import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '@flowsmith/model';
import { clearlyOtherHours } from './clearlyOtherHours';
import { hourOfWeekCounts } from './weekHours';

const UTC = { offsetMinutes: 0 };
const MONDAY = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const weekdays: WorkingHours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const office: WorkingHours[] = [{ days: weekdays, from: '09:00', to: '18:00' }];
const early: WorkingHours[] = [{ days: weekdays, from: '09:00', to: '17:00' }];

/** `perHour` events in every hour from..to of every weekday, over `weeks` weeks. */
function times(perHour: number, from: number, to: number, weeks = 4): number[] {
  const out: number[] = [];
  for (let w = 0; w < weeks; w++)
    for (let d = 0; d < 5; d++)
      for (let h = from; h < to; h++)
        for (let k = 0; k < perHour; k++)
          out.push(MONDAY + ((w * 7 + d) * 24 + h) * HOUR + (k * HOUR) / perHour);
  return out;
}

describe('clearlyOtherHours', () => {
  it('counts hours by week hour from Monday 00:00', () => {
    const c = hourOfWeekCounts([MONDAY + 9.5 * HOUR, MONDAY + (24 * 6 + 23.5) * HOUR], UTC);
    expect(c[9]).toBe(1);
    expect(c[167]).toBe(1);
  });

  it('takes a person stopping an hour early for other hours when the role works a lot then', () => {
    const role = hourOfWeekCounts(times(10, 9, 18), UTC);
    const person = hourOfWeekCounts(times(3, 9, 17), UTC);
    // The role's pattern expects 3 × 5 × 4 = 60 of their events in 17:00–18:00: none is clear.
    expect(clearlyOtherHours(early, office, person, role)).toBe(true);
  });

  it('not when a few hundred events leave one hour of one day empty by chance', () => {
    const role = hourOfWeekCounts(times(10, 9, 18), UTC);
    const wednesdayEarly: WorkingHours[] = [
      { days: ['mon', 'tue', 'thu', 'fri'], from: '09:00', to: '18:00' },
      { days: ['wed'], from: '09:00', to: '17:00' },
    ];
    // 180 events: the role's pattern expects 4 of them on Wednesdays 17:00–18:00.
    const person = hourOfWeekCounts(times(1, 9, 18), UTC);
    expect(clearlyOtherHours(wednesdayEarly, office, person, role)).toBe(false);
    // 1,800 events: 40 expected there, none seen — other hours.
    const busy = hourOfWeekCounts(times(10, 9, 18), UTC);
    expect(clearlyOtherHours(wednesdayEarly, office, busy, role)).toBe(true);
  });

  it('takes many events in hours the role does not work as other hours', () => {
    const role = hourOfWeekCounts(times(10, 9, 18), UTC);
    const late: WorkingHours[] = [{ days: weekdays, from: '09:00', to: '21:00' }];
    const person = hourOfWeekCounts(times(2, 9, 21), UTC);
    expect(clearlyOtherHours(late, office, person, role)).toBe(true);
  });
});
