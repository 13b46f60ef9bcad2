import { WEEKDAYS, type Calendar } from '@flowsmith/model';

const WEEK = 7 * 1440;

/**
 * A calendar's weekly working hours as sorted, merged open intervals of simulation time
 * (minutes; time 0 is Monday 00:00 and the week repeats). Answers "is it open now", "when
 * does it next open", and "when is `d` minutes of working time done if started now".
 * The `timezone` is informative only: simulation time has no zone.
 */
export class WorkCalendar {
  /** Interval starts and ends within one week, sorted, disjoint, not touching. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Open minutes per week. */
  readonly openPerWeek: number;

  constructor(calendar: Calendar) {
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

  /** Whether time `t` falls in working hours. */
  isOpen(t: number): boolean {
    const w = t - Math.floor(t / WEEK) * WEEK;
    const i = this.intervalAtOrAfter(w);
    return i < this.starts.length && this.starts[i]! <= w;
  }

  /** The earliest time ≥ `t` in working hours (`t` itself when open); Infinity if never open. */
  nextOpen(t: number): number {
    if (this.starts.length === 0) return Infinity;
    const weekStart = Math.floor(t / WEEK) * WEEK;
    const w = t - weekStart;
    const i = this.intervalAtOrAfter(w);
    if (i < this.starts.length) return this.starts[i]! <= w ? t : weekStart + this.starts[i]!;
    return weekStart + WEEK + this.starts[0]!;
  }

  /** The end of working time ≥ `t` after `work` minutes of open time have passed from `t`. */
  addWorkingTime(t: number, work: number): number {
    if (this.starts.length === 0) return Infinity;
    let now = this.nextOpen(t);
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
      const end = weekStart + this.ends[i]!;
      const room = end - now;
      if (left <= room) return now + left;
      left -= room;
      now = this.nextOpen(end);
    }
  }

  /** Open minutes in [a, b). */
  openBetween(a: number, b: number): number {
    if (b <= a) return 0;
    return this.openBefore(b) - this.openBefore(a);
  }

  /** Open minutes in [0, t). */
  private openBefore(t: number): number {
    const weeks = Math.floor(t / WEEK);
    const w = t - weeks * WEEK;
    let sum = weeks * this.openPerWeek;
    for (let i = 0; i < this.starts.length && this.starts[i]! < w; i++) {
      sum += Math.min(this.ends[i]!, w) - this.starts[i]!;
    }
    return sum;
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

/** Minutes after midnight of `HH:MM` (24:00 allowed), or NaN. */
function clockMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return NaN;
  return h * 60 + min;
}
