import { WEEKDAYS, type Calendar, type Lang, type WorkingHours } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';
import { withBreaks } from './dayBreaks';

/** The rule's thresholds (see {@link discoverRoleCalendars}). */
export const ROLE_CALENDAR_RULE = {
  /** Fewest timed events of a role for a calendar. */
  minEvents: 200,
  /** A weekday with less than this share of the role's events is closed. */
  minDayShare: 0.03,
  /** An hour counts when it holds at least this share of the role's events on that weekday… */
  minHourShare: 0.02,
  /** …and at least this many events. */
  minHourEvents: 2,
  /**
   * Within the role's usual hours (its open weekdays pooled) an hour is closed on a weekday only
   * when it holds at most this share of that hour's average over the open weekdays…
   */
  quietShare: 0.1,
  /** …and that average is at least this many events. */
  quietAverage: 5,
  /** At least this share of the role's events must fall inside the hours found… */
  minInside: 0.97,
  /** …and the hours must cover at most this share of the week. */
  maxWeekShare: 0.7,
} as const;

/** A role with fewer events than the rule needs takes the log's hours with at least this many. */
const R_POOLED = { minEvents: 20 } as const;

/** Calendars found for roles, shared by the roles with the same hours. */
export interface RoleCalendars {
  calendars: Calendar[];
  /** Calendar id by role id, for the roles that got one. */
  calendarOf: Map<string, string>;
  /** Roles with too few timed events to tell their hours (no calendar). */
  tooFew: string[];
  /** Roles with too few events of their own that take the hours of the whole log. */
  pooled: string[];
}

/** The share of `times` within `week` (read in `zone`). */
function insideShare(times: readonly number[], week: readonly WorkingHours[], zone: TimeZone) {
  let inside = 0;
  for (const t of times) {
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const day = WEEKDAYS[(Math.floor(local / (24 * HOUR)) + 3) % 7]!;
    const hour = hhmm(Math.floor(local / HOUR) % 24);
    if (week.some((w) => w.days.includes(day) && w.from <= hour && hour < w.to)) inside++;
  }
  return times.length ? inside / times.length : 0;
}

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * The working hours of one role (or person) from the instants of its events (`times`: one per
 * event, its start, else its complete), by the rule of `discoverRoleCalendars`, or why it has
 * none: `tooFew` events, or hours that are `unclear`; with the breaks within a day that
 * `instants` (every start and complete; default `times`) show (`withBreaks`). Pure.
 */
export function weekOf(
  times: readonly number[],
  zone: TimeZone,
  instants: readonly number[] = times,
): WorkingHours[] | 'tooFew' | 'unclear' {
  const R = ROLE_CALENDAR_RULE;
  if (times.length < R.minEvents) return 'tooFew';
  const counts = new Array<number>(168).fill(0);
  for (const t of times) {
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const day = (Math.floor(local / (24 * HOUR)) + 3) % 7; // 1 January 1970 was a Thursday
    counts[day * 24 + (Math.floor(local / HOUR) % 24)]!++;
  }
  const week: WorkingHours[] = [];
  let inside = 0;
  let hours = 0;
  const rowOf = (day: number) => counts.slice(day * 24, day * 24 + 24);
  const sum = (row: number[]) => row.reduce((a, c) => a + c, 0);
  const open = [0, 1, 2, 3, 4, 5, 6].filter(
    (day) => sum(rowOf(day)) >= R.minDayShare * times.length,
  );
  // The open days pooled: an hour the role usually works counts on a day with a little work in
  // it, so a day whose evening is quiet (a backlog cleared in the morning) keeps the usual hours.
  const pooled = new Array<number>(24).fill(0);
  for (const day of open) rowOf(day).forEach((c, h) => (pooled[h]! += c));
  const pooledTotal = sum(pooled);
  const usual = pooled.map((c) => c >= R.minHourShare * pooledTotal && c >= R.minHourEvents);
  const firstUsual = usual.indexOf(true);
  const lastUsual = usual.lastIndexOf(true);
  for (const day of open) {
    const row = rowOf(day);
    const total = sum(row);
    // Within the usual hours a weekday works unless it is clearly quiet: a morning backlog can
    // fill a day's total while its evening is worked as usual, and a rarely busy role has few
    // events in any one hour.
    const busy = row.map((c, h) => {
      if (h < firstUsual || h > lastUsual)
        return c >= R.minHourEvents && c >= R.minHourShare * total;
      const average = pooled[h]! / open.length;
      return !(average >= R.quietAverage && c <= R.quietShare * average);
    });
    const from = busy.indexOf(true);
    if (from < 0) continue;
    const to = busy.lastIndexOf(true) + 1;
    inside += row.slice(from, to).reduce((a, c) => a + c, 0);
    hours += to - from;
    const same = week.find((w) => w.from === hhmm(from) && w.to === hhmm(to));
    if (same) same.days.push(WEEKDAYS[day]!);
    else week.push({ days: [WEEKDAYS[day]!], from: hhmm(from), to: hhmm(to) });
  }
  if (hours === 0 || hours > R.maxWeekShare * 168 || inside < R.minInside * times.length)
    return 'unclear';
  return withBreaks(week, instants, zone);
}

/** `Mon–Fri 09:00–18:00` / `周一至周五 09:00–18:00` for a calendar's name. Pure. */
export function describeWeek(week: readonly WorkingHours[], lang: Lang): string {
  const en = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const zh = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const names = lang === 'zh-CN' ? zh : en;
  // Blocks of the same days (a day with a break) are written together: `Mon–Fri 09:00–12:00, 13:00–17:00`.
  const groups: { days: WorkingHours['days']; spans: string[] }[] = [];
  for (const w of week) {
    const same = groups.find((g) => g.days.join() === w.days.join());
    if (same) same.spans.push(`${w.from}–${w.to}`);
    else groups.push({ days: w.days, spans: [`${w.from}–${w.to}`] });
  }
  return groups
    .map((w) => {
      const idx = w.days.map((d) => WEEKDAYS.indexOf(d));
      const run = idx.every((d, i) => i === 0 || d === idx[i - 1]! + 1) && idx.length > 2;
      const days = run
        ? `${names[idx[0]!]}${lang === 'zh-CN' ? '至' : '–'}${names[idx[idx.length - 1]!]}`
        : idx.map((d) => names[d]).join(lang === 'zh-CN' ? '、' : ', ');
      return `${days} ${w.spans.join(lang === 'zh-CN' ? '、' : ', ')}`;
    })
    .join(lang === 'zh-CN' ? '；' : '; ');
}

/**
 * The working hours of each role of `roleOf` (activity → role id), from the instants its events
 * happened (start timestamps, else complete timestamps) read in `zone`, by weekday and hour. The
 * rule (`ROLE_CALENDAR_RULE`): a role needs at least 200 timed events and the log a week; a
 * weekday with less than 3 % of the role's events is closed; the role's usual hours are the hours
 * holding at least 2 % of its events on the open weekdays pooled (and 2), from the first to the
 * last; on
 * an open weekday an hour within them counts unless it holds at most a tenth of that hour's average
 * over the open weekdays (an average of 5 events or more), an hour outside them when it holds at
 * least 2 events and 2 % of that weekday's events; the day's
 * block runs from its first to its last counted hour (whole hours); the calendar is kept only when
 * the blocks hold at least 97 % of the role's events and cover at most 70 % of the week (else the
 * role works around the clock, no calendar); a block is then split around the breaks within the
 * day that the role's starts and completes show (`withBreaks`: at most 3 whole hours, each with at
 * most 2 % of the mean of the hours around it, which hold 20 events or more in 3 weeks or more).
 * A role with fewer than 200 events (but 20 or more)
 * takes the hours the same rule finds for all the log's events pooled, when at least 97 % of its
 * own events fall within them (`pooled`); else it has none (`tooFew`). Roles with the same hours share one calendar (ids
 * `working-hours`, `working-hours-2`, … avoiding `taken`). Pure.
 */
export function discoverRoleCalendars(
  log: EventLog,
  roleOf: ReadonlyMap<string, string>,
  zone: TimeZone,
  taken: ReadonlySet<string>,
  lang: Lang = 'en',
  zoneName?: string,
): RoleCalendars {
  const result: RoleCalendars = { calendars: [], calendarOf: new Map(), tooFew: [], pooled: [] };
  if (!log.hasTime) return result;
  const times = new Map<string, number[]>();
  // Every start and complete, for the breaks within a day.
  const instants = new Map<string, number[]>();
  const everyInstant: number[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const c of log.cases)
    for (const e of c.events) {
      const t = e.start ?? e.complete;
      first = Math.min(first, t);
      last = Math.max(last, t);
      if (e.start !== undefined) everyInstant.push(e.start);
      everyInstant.push(e.complete);
      const role = roleOf.get(e.activity);
      if (!role) continue;
      let list = times.get(role);
      if (!list) times.set(role, (list = []));
      list.push(t);
      let both = instants.get(role);
      if (!both) instants.set(role, (both = []));
      if (e.start !== undefined) both.push(e.start);
      both.push(e.complete);
    }
  const roles = [...new Set(roleOf.values())];
  if (last - first < WEEK) {
    result.tooFew.push(...roles);
    return result;
  }
  const byWeek = new Map<string, Calendar>();
  const all: number[] = [];
  for (const c of log.cases) for (const e of c.events) all.push(e.start ?? e.complete);
  const overall = weekOf(all, zone, everyInstant);
  for (const role of roles) {
    let week = weekOf(times.get(role) ?? [], zone, instants.get(role) ?? []);
    // Too few events of its own: the whole log's hours, when its events keep to them.
    const own = times.get(role) ?? [];
    if (
      week === 'tooFew' &&
      typeof overall !== 'string' &&
      own.length >= R_POOLED.minEvents &&
      insideShare(own, overall, zone) >= ROLE_CALENDAR_RULE.minInside
    ) {
      week = overall;
      result.pooled.push(role);
    }
    if (week === 'tooFew') result.tooFew.push(role);
    if (typeof week === 'string') continue;
    const key = JSON.stringify(week);
    let calendar = byWeek.get(key);
    if (!calendar) {
      let id = byWeek.size ? `working-hours-${byWeek.size + 1}` : 'working-hours';
      while (taken.has(id)) id += '-1';
      const hours = describeWeek(week, lang);
      calendar = {
        id,
        name: lang === 'zh-CN' ? `工作时间（${hours}）` : `Working hours (${hours})`,
        ...(zoneName ? { timezone: zoneName } : {}),
        week,
      };
      byWeek.set(key, calendar);
      result.calendars.push(calendar);
    }
    result.calendarOf.set(role, calendar.id);
  }
  return result;
}
