import { describe, expect, it } from 'vitest';
import type { EventLog, LogCase } from '../log/eventLog';
import { parseTimeZone } from '../read/timeZone';
import { describeWeek, discoverRoleCalendars } from './discoverRoleCalendars';

const shanghai = parseTimeZone('Asia/Shanghai')!;
const HOUR = 3_600_000;
/** Monday 1 January 2024 00:00 in Shanghai (UTC+8). */
const MONDAY = Date.UTC(2024, 0, 1) - 8 * HOUR;

/**
 * Four weeks of one case per event: `a` on weekdays every 12 minutes 09:00–18:00 and `b` as often
 * Monday to Saturday 08:00–12:00 (Shanghai), `c` every 40 minutes around the clock, `d` 60 times.
 */
function log(): EventLog {
  const cases: LogCase[] = [];
  const add = (activity: string, t: number) =>
    cases.push({ id: `c${cases.length}`, attributes: {}, events: [{ activity, complete: t }] });
  for (let day = 0; day < 28; day++) {
    const base = MONDAY + day * 24 * HOUR;
    if (day % 7 < 5) for (let m = 0; m < 540; m += 12) add('a', base + 9 * HOUR + m * 60_000);
    if (day % 7 < 6) for (let m = 0; m < 240; m += 12) add('b', base + 8 * HOUR + m * 60_000);
    for (let m = 0; m < 1440; m += 40) add('c', base + m * 60_000);
    if (day < 20) for (let k = 0; k < 3; k++) add('d', base + (10 + k) * HOUR);
  }
  return { cases, hasStart: false, hasRole: false, hasResource: false, hasTime: true };
}

const roleOf = new Map([
  ['a', 'clerk'],
  ['b', 'morning'],
  ['c', 'robot'],
  ['d', 'rare'],
  ['a2', 'clerk2'],
]);

describe('discoverRoleCalendars', () => {
  it('finds each role’s hours in the log’s zone, shared by roles with the same hours', () => {
    const l = log();
    // A second role doing the same hours as the clerk shares its calendar.
    for (const c of [...l.cases])
      if (c.events[0]!.activity === 'a')
        l.cases.push({ ...c, id: `${c.id}-2`, events: [{ ...c.events[0]!, activity: 'a2' }] });
    const found = discoverRoleCalendars(l, roleOf, shanghai, new Set(), 'en', 'Asia/Shanghai');
    expect(found.calendars).toEqual([
      {
        id: 'working-hours',
        name: 'Working hours (Mon–Fri 09:00–18:00)',
        timezone: 'Asia/Shanghai',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
      },
      {
        id: 'working-hours-2',
        name: 'Working hours (Mon–Sat 08:00–12:00)',
        timezone: 'Asia/Shanghai',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '08:00', to: '12:00' }],
      },
    ]);
    expect(Object.fromEntries(found.calendarOf)).toEqual({
      clerk: 'working-hours',
      clerk2: 'working-hours',
      morning: 'working-hours-2',
    });
    // Around the clock: no calendar, and not for want of events; 60 events: too few to tell.
    expect(found.tooFew).toEqual(['rare']);
  });

  it('reads the hours in the zone given: the same log in UTC is shifted by eight hours', () => {
    const found = discoverRoleCalendars(log(), roleOf, { offsetMinutes: 0 }, new Set());
    expect(found.calendars[0]!.week).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '01:00', to: '10:00' },
    ]);
  });

  it('gives no calendar for a log shorter than a week, and avoids ids taken', () => {
    const l = log();
    const short = {
      ...l,
      cases: l.cases.filter((c) => c.events[0]!.complete < MONDAY + 5 * 24 * HOUR),
    };
    const found = discoverRoleCalendars(short, roleOf, shanghai, new Set());
    expect(found.calendars).toEqual([]);
    expect(found.tooFew).toContain('clerk');
    const taken = discoverRoleCalendars(log(), roleOf, shanghai, new Set(['working-hours']));
    expect(taken.calendars[0]!.id).toBe('working-hours-1');
  });

  it('keeps a weekday’s usual hours when its evening is quiet after a morning backlog', () => {
    const cases: LogCase[] = [];
    const add = (t: number) =>
      cases.push({
        id: `c${cases.length}`,
        attributes: {},
        events: [{ activity: 'a', complete: t }],
      });
    for (let day = 0; day < 28; day++) {
      const base = MONDAY + day * 24 * HOUR;
      if (day % 7 >= 5) continue;
      // Mondays: every 3 minutes 09:00–12:00 (the weekend's backlog), then one an hour.
      if (day % 7 === 0) {
        for (let m = 0; m < 180; m += 3) add(base + 9 * HOUR + m * 60_000);
        for (let h = 12; h < 18; h++) add(base + h * HOUR + 30 * 60_000);
      } else for (let m = 0; m < 540; m += 12) add(base + 9 * HOUR + m * 60_000);
    }
    const l: EventLog = {
      cases,
      hasStart: false,
      hasRole: false,
      hasResource: false,
      hasTime: true,
    };
    const found = discoverRoleCalendars(l, new Map([['a', 'clerk']]), shanghai, new Set());
    // 4 events in each Monday afternoon hour (under 2 % of 744), the hour's average 16.8.
    expect(found.calendars[0]!.week).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' },
    ]);
  });

  it('gives a role with few events the whole log’s hours when its events keep to them', () => {
    const l = log();
    // The clerk's office hours and the rare role's 45 events on weekdays 10:00–13:00.
    const weekday = (t: number) => new Date(t + 8 * HOUR).getUTCDay() % 6 !== 0;
    l.cases = l.cases.filter(
      (c) =>
        c.events[0]!.activity === 'a' ||
        (c.events[0]!.activity === 'd' && weekday(c.events[0]!.complete)),
    );
    const found = discoverRoleCalendars(l, roleOf, shanghai, new Set());
    expect(found.pooled).toEqual(['rare']);
    expect(found.tooFew).not.toContain('rare');
    expect(found.calendarOf.get('rare')).toBe(found.calendarOf.get('clerk'));
  });

  it('describes a week in both languages', () => {
    const week = [
      { days: ['mon', 'wed'] as const, from: '09:00', to: '12:00' },
      { days: ['tue', 'wed', 'thu'] as const, from: '13:00', to: '18:00' },
    ].map((w) => ({ ...w, days: [...w.days] }));
    expect(describeWeek(week, 'en')).toBe('Mon, Wed 09:00–12:00; Tue–Thu 13:00–18:00');
    expect(describeWeek(week, 'zh-CN')).toBe('周一、周三 09:00–12:00；周二至周四 13:00–18:00');
  });
});
