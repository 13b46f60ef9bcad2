import { WEEK_MINUTES } from './weekProfile';

/**
 * Arrivals per minute (averaged over the week) of a stream whose gaps, of mean `mean` minutes,
 * are drawn in clock time and whose arrivals in closed hours move to the next opening, where the
 * next gap starts (the `wallClock` rule; docs/analysis.md §2). Pure.
 *
 * While open, arrivals come at 1/mean; each closed stretch of g minutes gets one arrival (at its
 * end) when the next gap falls inside it — probability 1 − e^(−g/mean) for exponential gaps, and
 * the clock restarts there, so arrivals per week = open / mean + Σ_closed (1 − e^(−g/mean)). Exact
 * for exponential gaps (memoryless), an approximation for others. `open` is the calendar's open
 * share per minute of the week.
 */
export function wallClockRate(open: Float64Array, mean: number): number {
  if (!(mean > 0) || !Number.isFinite(mean)) return 0;
  let openMinutes = 0;
  for (let t = 0; t < WEEK_MINUTES; t++) openMinutes += open[t]!;
  if (openMinutes <= 0) return 0;
  // Closed stretches, round the end of the week: start from an open minute.
  let first = 0;
  while (first < WEEK_MINUTES && open[first]! <= 0) first++;
  let perWeek = openMinutes / mean;
  let gap = 0;
  for (let k = 1; k <= WEEK_MINUTES; k++) {
    const closed = 1 - open[(first + k) % WEEK_MINUTES]!;
    if (closed > 0) gap += closed;
    if ((closed <= 0 || k === WEEK_MINUTES) && gap > 0) {
      perWeek += 1 - Math.exp(-gap / mean);
      gap = 0;
    }
  }
  return perWeek / WEEK_MINUTES;
}
