import type { TimeSeries } from '../results';

/**
 * Time-weighted statistics of piecewise-constant signals (work in progress, busy members,
 * queue lengths): the area under each signal inside the measurement window, its maximum
 * there, and its time-average in bins from time 0 (bins double in width when the run outlasts
 * them, so memory stays bounded). Updated lazily: a signal is integrated only when it changes.
 */
export class TimeWeighted {
  readonly value: Float64Array;
  private readonly last: Float64Array;
  readonly area: Float64Array;
  readonly max: Float64Array;
  private bins: Float64Array;
  private binWidth: number;
  /** binCount × binWidth: the end of the last bin. */
  private limit: number;
  /** Measurement window; Infinity start = not started yet. */
  windowStart = Infinity;
  windowEnd = Infinity;

  constructor(
    private readonly signals: number,
    private readonly binCount: number,
    initialBinWidth: number,
  ) {
    this.value = new Float64Array(signals);
    this.last = new Float64Array(signals);
    this.area = new Float64Array(signals);
    this.max = new Float64Array(signals);
    this.bins = new Float64Array(signals * binCount);
    this.binWidth = initialBinWidth > 0 && Number.isFinite(initialBinWidth) ? initialBinWidth : 1;
    this.limit = this.binCount * this.binWidth;
  }

  /** Adds `delta` to signal `i` at time `now` (non-decreasing per signal). */
  change(i: number, delta: number, now: number): void {
    this.advance(i, now);
    const v = (this.value[i] = this.value[i]! + delta);
    if (v > this.max[i]! && now >= this.windowStart && now <= this.windowEnd) this.max[i] = v;
  }

  /** Opens the measurement window at `now`; maxima restart from the current values. */
  startWindow(now: number): void {
    this.windowStart = now;
    this.max.set(this.value);
  }

  /** Integrates signal `i` up to `now`. */
  advance(i: number, now: number): void {
    const from = this.last[i]!;
    if (now <= from) return;
    this.last[i] = now;
    const v = this.value[i]!;
    if (v === 0) return;
    const a = from > this.windowStart ? from : this.windowStart;
    const b = now < this.windowEnd ? now : this.windowEnd;
    if (b > a) this.area[i] = this.area[i]! + v * (b - a);
    while (now > this.limit) this.widen();
    const base = i * this.binCount;
    const w = this.binWidth;
    const first = Math.floor(from / w);
    if (now <= (first + 1) * w && first * w <= from) {
      // The usual case: the change falls in the same bin as the last one.
      this.bins[base + first] = this.bins[base + first]! + v * (now - from);
      return;
    }
    let t = from;
    while (t < now) {
      let bin = Math.floor(t / w);
      let edge = (bin + 1) * w;
      // t / w can round down onto the previous bin exactly at an edge; step past it.
      if (edge <= t) edge = (++bin + 1) * w;
      if (bin >= this.binCount) break;
      const to = edge < now ? edge : now;
      this.bins[base + bin] = this.bins[base + bin]! + v * (to - t);
      t = to;
    }
  }

  /** The time-averages per bin of signal `i` up to `end`. Call after advancing every signal to `end`. */
  series(i: number, end: number): TimeSeries {
    const w = this.binWidth;
    const used = Math.min(this.binCount, Math.max(1, Math.ceil(end / w)));
    const values: number[] = [];
    for (let b = 0; b < used; b++) {
      const width = Math.min(w, end - b * w);
      values.push(width > 0 ? this.bins[i * this.binCount + b]! / width : 0);
    }
    return { binWidth: w, values };
  }

  /** Doubles the bin width, merging neighbouring bins of every signal. */
  private widen(): void {
    const n = this.binCount;
    for (let s = 0; s < this.signals; s++) {
      const base = s * n;
      for (let b = 0; b < n; b++) {
        const x = 2 * b < n ? this.bins[base + 2 * b]! : 0;
        const y = 2 * b + 1 < n ? this.bins[base + 2 * b + 1]! : 0;
        this.bins[base + b] = b < Math.ceil(n / 2) ? x + y : 0;
      }
    }
    this.binWidth *= 2;
    this.limit = this.binCount * this.binWidth;
  }
}
