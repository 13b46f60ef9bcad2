import { describe, expect, it } from 'vitest';
import type { Calendar } from '../types/calendar';
import { arrivalInterarrival, ratePeriodMinutes } from './arrivalInterarrival';
import { workingWeek } from './workingWeek';

const office: Calendar = {
  id: 'office',
  timezone: 'Asia/Shanghai',
  week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
};

describe('arrival rates', () => {
  it('measures a working week', () => {
    expect(workingWeek(office)).toEqual({ minutes: 5 * 9 * 60, days: 5 });
    expect(workingWeek(undefined)).toEqual({ minutes: 10080, days: 7 });
  });

  it('reads "per day" as per working day of the arrival calendar', () => {
    expect(ratePeriodMinutes('day', office)).toBe(540);
    expect(ratePeriodMinutes('week', office)).toBe(2700);
    expect(ratePeriodMinutes('hour', office)).toBe(60);
    expect(ratePeriodMinutes('day', undefined)).toBe(1440);
  });

  it('turns 40 a working day into an exponential gap of 13.5 working minutes', () => {
    expect(
      arrivalInterarrival({ rate: { count: 40, per: 'day' }, calendar: 'office' }, [office]),
    ).toEqual({ dist: 'exponential', mean: 13.5, unit: 'min' });
    expect(arrivalInterarrival({ rate: { count: 6, per: 'hour' } }, [])).toEqual({
      dist: 'exponential',
      mean: 10,
      unit: 'min',
    });
    expect(arrivalInterarrival({ rate: { count: 7, per: 'week' } }, undefined)).toEqual({
      dist: 'exponential',
      mean: 1440,
      unit: 'min',
    });
  });

  it('gives an inter-arrival distribution back as written, and nothing for no arrival', () => {
    const d = { dist: 'fixed', value: 5, unit: 'min' } as const;
    expect(arrivalInterarrival({ interarrival: d }, [])).toBe(d);
    expect(arrivalInterarrival(undefined, [])).toBeUndefined();
  });

  it('gives no gap for a calendar that never opens', () => {
    const closed: Calendar = { id: 'closed', week: [] };
    expect(
      arrivalInterarrival({ rate: { count: 3, per: 'day' }, calendar: 'closed' }, [closed]),
    ).toBeUndefined();
  });
});
