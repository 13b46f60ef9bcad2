import { describe, expect, it } from 'vitest';
import { parseTimeZone } from '../read/timeZone';
import { workingMinutes } from './workingTime';

const office = {
  id: 'office',
  week: [
    {
      days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const],
      from: '09:00',
      to: '18:00',
    },
  ],
};

describe('workingMinutes', () => {
  it('counts the open minutes between two instants, across nights and a weekend', () => {
    const open = workingMinutes(office);
    // Friday 5 January 2024 17:30 UTC to Monday 8 January 09:45 UTC: 30 + 45 minutes.
    expect(open(Date.UTC(2024, 0, 5, 17, 30), Date.UTC(2024, 0, 8, 9, 45))).toBe(75);
    // A whole week is 45 hours, wherever it starts.
    expect(open(Date.UTC(2024, 0, 3, 12), Date.UTC(2024, 0, 10, 12))).toBe(45 * 60);
    expect(open(Date.UTC(2024, 0, 8, 10), Date.UTC(2024, 0, 8, 9))).toBe(0);
  });

  it('reads the hours in the zone the log was written in', () => {
    const open = workingMinutes(office, parseTimeZone('Asia/Shanghai')!);
    // 01:00–02:00 UTC on a Monday is 09:00–10:00 in Shanghai.
    expect(open(Date.UTC(2024, 0, 8, 1), Date.UTC(2024, 0, 8, 2))).toBe(60);
    expect(open(Date.UTC(2024, 0, 8, 10), Date.UTC(2024, 0, 8, 11))).toBe(0);
  });
});
