/*
 * For the engine (H2), per-role and per-person calendars alike: `new WorkCalendar(calendar,
 * scenario.weekPhase)` — ResolvedScenario.weekPhase is the start's minutes since its week's
 * Monday 00:00 (0 for the default start). All arguments and results are simulation minutes:
 *   isOpen(t), nextOpen(t) (≥ t, t itself when open), closesAt(t) (end of the open spell at t),
 *   addWorkingTime(t, work), openBetween(a, b), openPerWeek, openShare,
 *   nextOpening(t) / nextOpeningAfter(t) — instants a closed calendar opens (batch schedules;
 *   Infinity for a calendar that is always open or never open).
 */
import { WEEKDAYS, type Calendar } from '@flowsmith/model';
import { clockMinutes } from './clockMinutes';

const WEEK = 7 * 1440;

/**
 * A calendar's weekly working hours as sorted, merged open intervals (SPEC.md SIM-CAL-1, -5).
 * Answers "is it open now", "when does it next open", "when is `d` minutes of working time done
 * if started now". Times are simulation minutes; `phase` is the minutes from the start's
 * Monday 00:00 to simulation time 0, so local week time = t + phase. The `timezone` is
 * informative only: simulation time has no zone.
 */
export class WorkCalendar {
  /** Interval starts and ends within one local week, sorted, disjoint, not touching. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Open minutes per week. */
  readonly openPerWeek: number;

  /** `calendar`'s blocks (`HH:MM` or `HH:MM:SS`, `to` up to `24:00`) with simulation time 0 at week minute `phase`. */
  constructor(
    calendar: Calendar,
    readonly phase = 0,
  ) {
    const raw: Array<[number, number]> = [];
    for (const block of calendar.week) {
      const from = clockMinutes(block.from);
      const to = clockMinutes(block.to);
      if (!(from >= 0 && to > from)) continue;
      for (const day of block.days) {
        const base = WEEKDAYS.indexOf(day);
        if (base < 0) continue;
        raw.push([base * 1440 + from, Math.min(base * 1440 + to, WEEK)]);
      }
    }
    raw.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const [s, e] of raw) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    this.starts = Float64Array.from(merged.map((m) => m[0]));
    this.ends = Float64Array.from(merged.map((m) => m[1]));
    this.openPerWeek = merged.reduce((sum, [s, e]) => sum + (e - s), 0);
  }

  /** Share of the week that is open, 0..1. */
  get openShare(): number {
    return this.openPerWeek / WEEK;
  }

  /** The open intervals of one local week (minutes from Monday 00:00), sorted; a copy. */
  weekIntervals(): Array<[number, number]> {
    return Array.from(this.starts, (s, i) => [s, this.ends[i]!]);
  }

  /** Whether time `t` falls in working hours. */
  isOpen(t: number): boolean {
    const l = t + this.phase;
    const w = l - Math.floor(l / WEEK) * WEEK;
    const i = this.intervalAtOrAfter(w);
    return i < this.starts.length && this.starts[i]! <= w;
  }

  /** The earliest time ≥ `t` in working hours (`t` itself when open); Infinity if never open. */
  nextOpen(t: number): number {
    if (this.starts.length === 0) return Infinity;
    const l = t + this.phase;
    const weekStart = Math.floor(l / WEEK) * WEEK;
    const w = l - weekStart;
    const i = this.intervalAtOrAfter(w);
    if (i < this.starts.length) {
      if (this.starts[i]! <= w) return t;
      return this.atLeast(t, weekStart + this.starts[i]!);
    }
    return this.atLeast(t, weekStart + WEEK + this.starts[0]!);
  }

  /**
   * When the open spell around `t` ends (following it over the week boundary): `t` itself when
   * closed, Infinity when always open.
   */
  closesAt(t: number): number {
    if (this.openPerWeek >= WEEK) return Infinity;
    let l = t + this.phase;
    let weekStart = Math.floor(l / WEEK) * WEEK;
    let i = this.intervalAtOrAfter(l - weekStart);
    if (i >= this.starts.length || this.starts[i]! > l - weekStart) return t;
    for (;;) {
      l = weekStart + this.ends[i]!;
      // An interval ending at the week's end continues into next week's one starting at 0.
      if (this.ends[i]! < WEEK || this.starts[0]! > 0) return this.atLeast(t, l);
      weekStart += WEEK;
      i = 0;
    }
  }

  /**
   * The first instant ≥ `t` at which the calendar opens (a closed spell ends); Infinity when it
   * never closes or never opens. The schedule of batches (SPEC.md SIM-CAL-6).
   */
  nextOpening(t: number): number {
    return this.opening(t, false);
  }

  /** The first opening strictly after `t` (see {@link nextOpening}). */
  nextOpeningAfter(t: number): number {
    return this.opening(t, true);
  }

  private opening(t: number, strict: boolean): number {
    const n = this.starts.length;
    if (n === 0 || this.openPerWeek >= WEEK) return Infinity;
    const l = t + this.phase;
    let weekStart = Math.floor(l / WEEK) * WEEK;
    const w = l - weekStart;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? this.starts[mid]! <= w : this.starts[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    // A start at Monday 00:00 that only continues Sunday's spell is not an opening.
    const wraps = this.starts[0] === 0 && this.ends[n - 1] === WEEK;
    for (;;) {
      if (lo >= n) {
        weekStart += WEEK;
        lo = 0;
      }
      if (!(lo === 0 && wraps)) return this.atLeast(t, weekStart + this.starts[lo]!);
      lo++;
    }
  }

  /** The end of working time ≥ `t` after `work` minutes of open time have passed from `t`. */
  addWorkingTime(t: number, work: number): number {
    if (this.starts.length === 0) return Infinity;
    const open = this.nextOpen(t);
    if (work <= 0) return open;
    let now = open + this.phase;
    let left = work;
    // Whole weeks at once, so a long task does not walk interval by interval.
    // Keeps 0 < left <= one week of work, so an exact multiple ends at a closing time.
    if (left > this.openPerWeek) {
      const weeks = Math.ceil(left / this.openPerWeek) - 1;
      left -= weeks * this.openPerWeek;
      now += weeks * WEEK;
    }
    for (;;) {
      const weekStart = Math.floor(now / WEEK) * WEEK;
      const w = now - weekStart;
      const i = this.intervalAtOrAfter(w);
      if (i >= this.starts.length) {
        now = weekStart + WEEK + this.starts[0]!;
        continue;
      }
      if (this.starts[i]! > w) now = weekStart + this.starts[i]!;
      const end = weekStart + this.ends[i]!;
      const room = end - now;
      if (left <= room) return this.atLeast(t, now + left);
      left -= room;
      now = end;
    }
  }

  /** Open minutes in [a, b). */
  openBetween(a: number, b: number): number {
    if (b <= a) return 0;
    return this.openBefore(b + this.phase) - this.openBefore(a + this.phase);
  }

  /** Open minutes in [0, l) of local time. */
  private openBefore(l: number): number {
    const weeks = Math.floor(l / WEEK);
    const w = l - weeks * WEEK;
    let sum = weeks * this.openPerWeek;
    for (let i = 0; i < this.starts.length && this.starts[i]! < w; i++) {
      sum += Math.min(this.ends[i]!, w) - this.starts[i]!;
    }
    return sum;
  }

  /** Local time `l` as simulation time, never before `t` (rounding of the phase). */
  private atLeast(t: number, l: number): number {
    const x = l - this.phase;
    return x < t ? t : x;
  }

  /** Index of the first interval whose end is after week-offset `w`. */
  private intervalAtOrAfter(w: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
