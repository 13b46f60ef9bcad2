import type { ArrivalProfile, ArrivalRule } from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';

const WEEK = 7 * 1440;
const PLAIN = 0;
const OPEN_TIME = 1;
const WALL_CLOCK = 2;
const PROFILE = 3;
const NEVER = 4;

/** How an arrival stream's gaps meet time: its rule, calendar, profile and the start's week phase. */
export interface ArrivalClockOptions {
  /** `openTime` (default): gaps count open time only; `wallClock`: clock time, closed hours pushed to the next opening. */
  rule?: ArrivalRule;
  calendar?: WorkCalendar | null;
  profile?: ArrivalProfile;
  /** Minutes from the start's Monday 00:00 to time 0 (the calendar's phase when it has one). */
  phase?: number;
}

/**
 * Turns an arrival stream's drawn gaps into arrival times (SPEC.md SIM-CAL-4, SIM-ARR-1..3).
 * Immutable after construction: one clock serves every replication.
 *
 * - no calendar, no profile: the next arrival is `now + gap`;
 * - `openTime` with a calendar: the gap counts open minutes only (`addWorkingTime`);
 * - `wallClock` with a calendar: the gap counts clock minutes; an arrival in closed hours moves
 *   to the next opening, and the next gap counts from there (Prosimos, BIMP);
 * - a `profile`: the gap is drawn in "intensity time" and mapped back through the cumulative
 *   weekly intensity Λ (hours × days, piecewise constant by the hour, scaled so its average
 *   over the stream's open time is 1): arrival = Λ⁻¹(Λ(now) + gap), exact for these weights.
 *   Under `openTime` the intensity is 0 while the calendar is closed; under `wallClock` it runs
 *   on and an arrival in closed hours moves to the next opening.
 */
export class ArrivalClock {
  private readonly mode: number;
  private readonly calendar: WorkCalendar | null;
  private readonly wallClock: boolean;
  private readonly phase: number;
  /** Profile: segment starts within the local week (minutes), intensity, and Λ at each start. */
  private readonly at: Float64Array;
  private readonly rate: Float64Array;
  private readonly cum: Float64Array;
  /** Λ over one whole week. */
  private readonly perWeek: number;
  /** Intensity time of the stream's open hours per week (its open minutes, by the scaling). */
  private readonly openMass: number;
  /** wallClock with a calendar: intensity time of each closed spell of the week. */
  private readonly closedMass: number[] = [];

  constructor(options: ArrivalClockOptions = {}) {
    const calendar = options.calendar ?? null;
    this.calendar = calendar;
    this.wallClock = options.rule === 'wallClock';
    this.phase = calendar ? calendar.phase : (options.phase ?? 0);
    const segments = options.profile
      ? profileSegments(options.profile, calendar, this.wallClock)
      : null;
    this.at = Float64Array.from(segments?.map((s) => s[0]) ?? []);
    this.rate = Float64Array.from(segments?.map((s) => s[1]) ?? []);
    this.cum = new Float64Array(this.at.length + 1);
    for (let j = 0; j < this.at.length; j++) {
      const end = j + 1 < this.at.length ? this.at[j + 1]! : WEEK;
      this.cum[j + 1] = this.cum[j]! + this.rate[j]! * (end - this.at[j]!);
    }
    this.perWeek = this.cum[this.at.length]!;
    this.openMass = calendar ? calendar.openPerWeek : WEEK;
    if (this.wallClock && calendar) {
      const open = calendar.weekIntervals();
      open.forEach(([, end], k) => {
        const next = k + 1 < open.length ? open[k + 1]![0] : open[0]![0] + WEEK;
        if (next <= end) return; // Sunday 24:00 running on into Monday 00:00: no closing.
        const upTo = (w: number) =>
          w > WEEK ? this.perWeek + this.localCum(w - WEEK) : this.localCum(w);
        this.closedMass.push(segments ? upTo(next) - this.localCum(end) : next - end);
      });
    }
    if (calendar && calendar.openPerWeek <= 0) this.mode = NEVER;
    else if (segments) this.mode = this.perWeek > 0 ? PROFILE : NEVER;
    else if (!calendar) this.mode = PLAIN;
    else this.mode = this.wallClock ? WALL_CLOCK : OPEN_TIME;
  }

  /** Whether the stream can never produce a case (a calendar never open, a profile 0 in all its open time). */
  get neverArrives(): boolean {
    return this.mode === NEVER;
  }

  /** The time of the arrival after one at `now` (or the start, 0), for a drawn `gap` (minutes). */
  next(now: number, gap: number): number {
    switch (this.mode) {
      case PLAIN:
        return now + gap;
      case OPEN_TIME:
        return this.calendar!.addWorkingTime(now, gap);
      case WALL_CLOCK:
        return this.calendar!.nextOpen(now + gap);
      case PROFILE: {
        const t = this.inverse(this.cumulative(now) + gap);
        const at = t < now ? now : t;
        return this.wallClock && this.calendar ? this.calendar.nextOpen(at) : at;
      }
      default:
        return Infinity;
    }
  }

  /**
   * Long-run arrivals per minute when gaps have mean `mean` (minutes): open minutes ÷ mean, plus
   * under `wallClock` 1 − e^(−C/mean) per closed spell C of the week (C in intensity time with
   * a profile) for the arrival it moves to the opening. Exact for exponential gaps, a close
   * approximation for others. For the traffic equations (overload check, SIM-REF-1).
   */
  ratePerMinute(mean: number): number {
    if (!(mean > 0) || this.mode === NEVER) return 0;
    let perWeek = this.openMass / mean;
    for (const c of this.closedMass) perWeek += 1 - Math.exp(-c / mean);
    return perWeek / WEEK;
  }

  /** Λ(t): intensity accumulated since the Monday 00:00 before time 0 (profile only). */
  private cumulative(t: number): number {
    const l = t + this.phase;
    const weeks = Math.floor(l / WEEK);
    return weeks * this.perWeek + this.localCum(l - weeks * WEEK);
  }

  /** Λ from Monday 00:00 to week offset `w` in [0, WEEK] (profile only). */
  private localCum(w: number): number {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= w) lo = mid;
      else hi = mid - 1;
    }
    return this.cum[lo]! + this.rate[lo]! * (w - at[lo]!);
  }

  /** The earliest time t with Λ(t) = `x`. */
  private inverse(x: number): number {
    const weeks = Math.floor(x / this.perWeek);
    const rem = x - weeks * this.perWeek;
    const cum = this.cum;
    const n = this.at.length;
    // The first segment whose end value reaches `rem` (it has a positive rate unless rem = 0).
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1]! >= rem) hi = mid;
      else lo = mid + 1;
    }
    const r = this.rate[lo]!;
    const w = r > 0 ? this.at[lo]! + (rem - cum[lo]!) / r : this.at[lo]!;
    return weeks * WEEK + w - this.phase;
  }
}

/**
 * The week cut at every hour and every opening and closing of `calendar`, with the profile's
 * intensity in each piece (0 where `openTime` and closed), scaled to average 1 over the open time.
 */
function profileSegments(
  profile: ArrivalProfile,
  calendar: WorkCalendar | null,
  wallClock: boolean,
): Array<[number, number]> {
  const open = calendar ? calendar.weekIntervals() : [[0, WEEK] as [number, number]];
  const cuts = new Set<number>();
  for (let h = 0; h < 168; h++) cuts.add(h * 60);
  for (const [s, e] of open) {
    cuts.add(s);
    if (e < WEEK) cuts.add(e);
  }
  const at = [...cuts].sort((a, b) => a - b);
  let k = 0;
  const segments = at.map((start, j): [number, number, boolean, number] => {
    const end = j + 1 < at.length ? at[j + 1]! : WEEK;
    while (k < open.length && open[k]![1] <= start) k++;
    const isOpen = k < open.length && open[k]![0] <= start;
    const hour = Math.floor(start / 60);
    const weight = (profile.hours?.[hour % 24] ?? 1) * (profile.days?.[Math.floor(hour / 24)] ?? 1);
    return [start, weight, isOpen, end - start];
  });
  const openMinutes = open.reduce((a, [s, e]) => a + (e - s), 0);
  const openMass = segments.reduce((a, [, w, o, len]) => a + (o ? w * len : 0), 0);
  const scale = openMass > 0 ? openMinutes / openMass : 0;
  return segments.map(([start, w, o]) => [start, w * scale * (o || wallClock ? 1 : 0)]);
}
