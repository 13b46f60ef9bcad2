import type { EventLog } from '../log/eventLog';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

const HOUR = 3_600_000;

/** Case arrivals by hour of the week (Monday 00:00–01:00 first), as counts and as a mean rate. */
export interface ArrivalProfile {
  /** Cases whose first event falls in each of the 168 hours of the week. */
  counts: number[];
  /** counts ÷ the number of weeks the case starts span (at least 1): mean cases per clock hour. */
  perHour: number[];
  weeks: number;
}

/**
 * When cases arrive during the week: the first event (start, else completion) of each case by hour
 * of week in `zone` (default UTC). The discovered arrival keeps one rate (per working hour of the
 * arrival calendar, or around the clock); this profile shows how it varies. Undefined without
 * timestamps. Pure.
 */
export function arrivalProfile(
  log: EventLog,
  zone: TimeZone = { offsetMinutes: 0 },
): ArrivalProfile | undefined {
  if (!log.hasTime) return undefined;
  const counts = new Array<number>(168).fill(0);
  let first = Infinity;
  let last = -Infinity;
  for (const c of log.cases) {
    if (c.events.length === 0) continue;
    let t = Infinity;
    for (const e of c.events) t = Math.min(t, e.start ?? e.complete);
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const day = (((Math.floor(local / (24 * HOUR)) + 3) % 7) + 7) % 7; // 1 January 1970 was a Thursday
    counts[day * 24 + (((Math.floor(local / HOUR) % 24) + 24) % 24)]!++;
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  if (!Number.isFinite(first)) return undefined;
  const weeks = Math.max(1, (last - first) / (168 * HOUR));
  return { counts, perHour: counts.map((n) => n / weeks), weeks };
}
