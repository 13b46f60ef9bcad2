import { describe, expect, it } from 'vitest';
import type { EventLog } from '../log/eventLog';
import { parseTimeZone } from '../read/timeZone';
import { arrivalProfile } from './arrivalProfile';

/** One case at each of the given instants (ms), one event each. */
function startsLog(starts: number[]): EventLog {
  return {
    cases: starts.map((t, i) => ({
      id: `c${i}`,
      attributes: {},
      events: [{ activity: 'a', complete: t }],
    })),
    hasStart: false,
    hasRole: false,
    hasResource: false,
    hasTime: true,
  };
}

describe('arrivalProfile', () => {
  it('counts case starts by hour of week in the zone, and the mean per week', () => {
    // Mondays 1, 8 and 15 January 2024 at 01:30 UTC (09:30 in Shanghai), and a Sunday 23:30 UTC.
    const starts = [1, 8, 15].map((d) => Date.UTC(2024, 0, d, 1, 30));
    starts.push(Date.UTC(2024, 0, 14, 23, 30));
    const utc = arrivalProfile(startsLog(starts))!;
    expect(utc.counts[1]).toBe(3);
    expect(utc.counts[6 * 24 + 23]).toBe(1);
    expect(utc.weeks).toBe(2);
    expect(utc.perHour[1]).toBe(1.5);
    const shanghai = arrivalProfile(startsLog(starts), parseTimeZone('Asia/Shanghai')!)!;
    expect(shanghai.counts[9]).toBe(3);
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai.
    expect(shanghai.counts[7]).toBe(1);
    expect(shanghai.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('is undefined for a log without timestamps', () => {
    expect(arrivalProfile({ ...startsLog([0]), hasTime: false })).toBeUndefined();
  });
});
