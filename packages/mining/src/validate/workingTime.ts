import { WEEKDAYS, type Calendar } from '@flowsmith/model';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

const WEEK = 7 * 1440;

/** Minutes of `HH:MM` or `HH:MM:SS`; NaN when malformed. */
function clockMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60 : NaN;
}

/**
 * Open minutes of `calendar` between two instants (ms since 1970): the calendar's week read as
 * wall-clock hours in `zone` (the zone the log's times were written in; a Flowsmith simulation
 * log is in UTC). Without any working hours, 0. Pure.
 */
export function workingMinutes(
  calendar: Calendar,
  zone: TimeZone = { offsetMinutes: 0 },
): (fromMs: number, toMs: number) => number {
  const raw: [number, number][] = [];
  for (const block of calendar.week) {
    const from = clockMinutes(block.from);
    const to = clockMinutes(block.to);
    if (!(from >= 0 && to > from)) continue;
    for (const day of block.days) {
      const base = WEEKDAYS.indexOf(day);
      if (base >= 0) raw.push([base * 1440 + from, Math.min(base * 1440 + to, WEEK)]);
    }
  }
  raw.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of raw) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const perWeek = merged.reduce((sum, [s, e]) => sum + e - s, 0);
  // Minutes since Monday 29 December 1969 00:00 in the zone (1 January 1970 was a Thursday).
  const local = (ms: number) => ms / 60_000 + zoneOffsetAt(zone, ms) + 3 * 1440;
  const openBefore = (t: number) => {
    const weeks = Math.floor(t / WEEK);
    const w = t - weeks * WEEK;
    let sum = weeks * perWeek;
    for (const [s, e] of merged) if (s < w) sum += Math.min(e, w) - s;
    return sum;
  };
  return (fromMs, toMs) =>
    toMs <= fromMs ? 0 : openBefore(local(toMs)) - openBefore(local(fromMs));
}
