import { WEEKDAYS, type WorkingHours } from '@flowsmith/model';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

/** The rule's thresholds (see {@link withBreaks}). */
export const BREAK_RULE = {
  /** A break is at most this many whole hours… */
  maxHours: 3,
  /** …each holding at most this share of the mean of the hours just before and after it… */
  maxShare: 0.02,
  /** …which each hold at least this many of the role's starts and completes… */
  minNeighbourEvents: 20,
  /** …in at least this many different weeks. */
  minWeeks: 3,
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * `week` (whole-hour blocks, as `weekOf` finds them) with the breaks within a day that
 * `instants` (every start and every complete of a role's or a person's events, ms) show, read
 * in `zone`: per block, its weekdays pooled over the log, a run of at most 3 whole hours strictly
 * inside the block is a break when each of its hours holds at most 2 % of the mean of the hour
 * just before it and the hour just after it, and those two hours each hold at least 20 events,
 * in at least 3 different weeks. A simulation pauses work outside its calendar, so nothing starts
 * or completes in a break while work in progress spans it; in a real log the thresholds keep a
 * quiet lunch hour (fewer events, not none) or a thin hour (too few events to tell) a working
 * one. The block is split around each break (same days); the rest is kept as it is. Pure.
 */
export function withBreaks(
  week: readonly WorkingHours[],
  instants: readonly number[],
  zone: TimeZone,
): WorkingHours[] {
  const R = BREAK_RULE;
  const counts = new Array<number>(168).fill(0);
  const weeks = Array.from({ length: 168 }, () => new Set<number>());
  for (const t of instants) {
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const days = Math.floor(local / DAY) + 3; // days since Monday 29 December 1969
    const slot = (days % 7) * 24 + (Math.floor(local / HOUR) % 24);
    counts[slot]!++;
    weeks[slot]!.add(Math.floor(days / 7));
  }
  const result: WorkingHours[] = [];
  for (const block of week) {
    const from = Number(block.from.slice(0, 2));
    const to = Number(block.to.slice(0, 2));
    const dayIndex = block.days.map((d) => WEEKDAYS.indexOf(d));
    const pooled = (h: number) => dayIndex.reduce((sum, d) => sum + counts[d * 24 + h]!, 0);
    const weeksAt = (h: number) => new Set(dayIndex.flatMap((d) => [...weeks[d * 24 + h]!])).size;
    const busy = (h: number) => pooled(h) >= R.minNeighbourEvents && weeksAt(h) >= R.minWeeks;
    const isBreak = (a: number, b: number) => {
      if (!busy(a - 1) || !busy(b)) return false;
      const limit = (R.maxShare * (pooled(a - 1) + pooled(b))) / 2;
      for (let h = a; h < b; h++) if (pooled(h) > limit) return false;
      return true;
    };
    let open = from;
    for (let a = from + 1; a < to - 1; a++) {
      let found = 0;
      for (let b = Math.min(a + R.maxHours, to - 1); b > a && !found; b--)
        if (isBreak(a, b)) found = b;
      if (!found) continue;
      result.push({ days: [...block.days], from: hhmm(open), to: hhmm(a) });
      open = found;
      a = found;
    }
    result.push(
      open === from
        ? { ...block, days: [...block.days] }
        : { days: [...block.days], from: hhmm(open), to: block.to },
    );
  }
  return result;
}
