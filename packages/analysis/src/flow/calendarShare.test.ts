import { describe, it, expect } from 'vitest';
import { calendarShare } from './calendarShare';

describe('calendarShare', () => {
  it('is 1 without a calendar', () => {
    expect(calendarShare(undefined)).toBe(1);
  });

  it('is 45/168 for office hours 09:00–18:00 on five days', () => {
    const share = calendarShare({
      id: 'office',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
    });
    expect(share).toBeCloseTo(45 / 168, 12);
  });

  it('counts overlapping blocks once and skips broken ones', () => {
    const share = calendarShare({
      id: 'c',
      week: [
        { days: ['mon'], from: '08:00', to: '12:00' },
        { days: ['mon', 'mon'], from: '10:00', to: '14:00' },
        { days: ['tue'], from: '14:00', to: '09:00' },
        { days: ['__proto__' as 'mon'], from: '00:00', to: '23:00' },
      ],
    });
    expect(share).toBeCloseTo(6 / 168, 12);
  });
});
