import { WEEK_MINUTES } from './weekProfile';

/**
 * The deterministic (fluid) part of the wait at a role on calendars (docs/analysis.md §2,
 * "Closed hours"). Pure.
 *
 * `work[t]` is the work (minutes of work per minute) arriving at the role in minute t of the week,
 * `servers[t]` how many people are at work then. The backlog Q evolves minute by minute as
 * Q ← max(0, Q + work − servers), over weeks until it repeats (it does when the week's work is
 * less than its capacity); a case arriving at t then waits until the capacity after t has worked
 * off Q(t) and reaches it — the wait for the next opening when it arrives while closed, and the
 * overnight and weekend backlog worked off at opening. Returns that wait per minute of the week,
 * or null when the backlog grows from week to week (overload).
 */
export function fluidWait(work: Float64Array, servers: Float64Array): Float64Array | null {
  const n = WEEK_MINUTES;
  let capacityPerWeek = 0;
  let workPerWeek = 0;
  for (let t = 0; t < n; t++) {
    capacityPerWeek += servers[t]!;
    workPerWeek += work[t]!;
  }
  if (!(capacityPerWeek > 0) || workPerWeek >= capacityPerWeek) return null;
  // The periodic backlog: from an empty start the week's end value settles within a few weeks.
  const backlog = new Float64Array(n);
  let q = 0;
  for (let week = 0; week < 8; week++) {
    const begin = q;
    for (let t = 0; t < n; t++) {
      backlog[t] = q;
      q = Math.max(0, q + work[t]! - servers[t]!);
    }
    if (week > 0 && Math.abs(q - begin) <= 1e-9 * Math.max(1, workPerWeek)) break;
  }
  // Cumulative capacity over two weeks, to look ahead from any minute of the first.
  const cum = new Float64Array(2 * n + 1);
  for (let t = 0; t < 2 * n; t++) cum[t + 1] = cum[t]! + servers[t % n]!;
  const wait = new Float64Array(n);
  let b = 0;
  for (let t = 0; t < n; t++) {
    const target = cum[t]! + backlog[t]!;
    // The first minute b ≥ t in which the capacity passes the target (monotone in t: b only grows
    // while the target does; otherwise search again from t).
    if (b < t || cum[b]! > target) b = t;
    while (b < 2 * n && !(cum[b + 1]! > target)) b++;
    if (b >= 2 * n) {
      wait[t] = Infinity;
      continue;
    }
    wait[t] = b - t + (target - cum[b]!) / servers[b % n]!;
  }
  return wait;
}

/** The mean of `values` weighted by `weights` (the arrivals' spread over the week). Pure. */
export function weightedMean(values: Float64Array, weights: ArrayLike<number>): number {
  let sum = 0;
  let total = 0;
  for (let t = 0; t < values.length; t++) {
    const w = weights[t]!;
    if (w > 0) {
      sum += w * values[t]!;
      total += w;
    }
  }
  return total > 0 ? sum / total : 0;
}
