import { toMinutes, type Batch, type Calendar } from '@flowsmith/model';
import { weekProfile, WEEK_MINUTES } from '../calendarWait/weekProfile';

/** What gathering cases into batches does at one step (per case, minutes). */
export interface BatchFigures {
  /** Expected cases per batch (≥ 1). */
  size: number;
  /** Mean wait of a case for its batch to fire (the gathering). */
  gather: number;
  /** The batch's duration ÷ one case's duration: 1 + perCase × (size − 1). */
  durationFactor: number;
}

/**
 * The gathering wait and batch size of a batch step (docs/analysis.md §2, "Batches"). Pure.
 *
 * `rate` is the cases per minute reaching the step, `phase` when in the week they arrive
 * (average 1). Each rule alone: a `size` of k fills in (k − 1)/rate, so a case waits
 * (k − 1)/(2·rate) on average; a `window` W started by the first case holds it W and the
 * rate·W that join it half that, (W + rate·W²/2)/(1 + rate·W); a `schedule` fires at each opening
 * of its calendar, so a case waits until the next opening (half the period for a weekly one,
 * weighted by when cases arrive). Together the batch fires at whichever comes first: the
 * smallest of those waits, with the size of the rule that gives it (never above `size`).
 */
export function batchFigures(
  batch: Batch,
  rate: number,
  phase: Float64Array,
  calendars: ReadonlyMap<string, Calendar>,
): BatchFigures {
  const options: Array<{ gather: number; size: number }> = [];
  const cap = typeof batch.size === 'number' && batch.size >= 1 ? batch.size : Infinity;
  if (Number.isFinite(cap)) {
    options.push({ gather: rate > 0 ? (cap - 1) / (2 * rate) : Infinity, size: cap });
  }
  if (batch.window && batch.window.value >= 0) {
    const w = toMinutes(batch.window.value, batch.window.unit);
    options.push({ gather: (w + (rate * w * w) / 2) / (1 + rate * w), size: 1 + rate * w });
  }
  const schedule = batch.schedule ? calendars.get(batch.schedule) : undefined;
  if (schedule) {
    const s = scheduleWait(schedule, phase);
    if (s) options.push({ gather: s.wait, size: Math.max(1, (rate * WEEK_MINUTES) / s.openings) });
  }
  let best = { gather: 0, size: 1 };
  if (options.length > 0) {
    best = options.reduce((a, b) => (b.gather < a.gather ? b : a));
  }
  const size = Math.max(1, Math.min(cap, best.size));
  const perCase = typeof batch.perCase === 'number' && batch.perCase >= 0 ? batch.perCase : 0;
  return { size, gather: best.gather, durationFactor: 1 + perCase * (size - 1) };
}

/** Mean wait until the calendar's next opening for arrivals spread as `phase`; null when it never opens. */
function scheduleWait(
  calendar: Calendar,
  phase: Float64Array,
): { wait: number; openings: number } | null {
  const open = weekProfile(calendar);
  const starts: number[] = [];
  for (let t = 0; t < WEEK_MINUTES; t++) {
    const before = open[(t + WEEK_MINUTES - 1) % WEEK_MINUTES]!;
    if (open[t]! > 0 && before === 0) starts.push(t);
  }
  if (starts.length === 0) return null;
  let sum = 0;
  let total = 0;
  let k = 0;
  for (let t = 0; t < WEEK_MINUTES; t++) {
    while (k < starts.length && starts[k]! <= t) k++;
    const next = k < starts.length ? starts[k]! : starts[0]! + WEEK_MINUTES;
    const p = phase[t]!;
    if (p > 0) {
      sum += p * (next - t - 0.5);
      total += p;
    }
  }
  return { wait: total > 0 ? sum / total : 0, openings: starts.length };
}
