/**
 * Cycle-time samples for the histogram. The engine summarises cycle times (mean, quantiles) but
 * does not return them, so the worker records case traces and keeps a compact, evenly spaced
 * selection of the sorted cycle times: enough to draw a histogram, small enough to post.
 */

/** A case's firings, as the engine's `recordTraces` gives them (times in minutes). */
export interface TracedCase {
  steps: ReadonlyArray<{ time: number }>;
}

/** Sorted cycle times of one replication, each standing for `weight` cases. */
export interface CycleSample {
  values: number[];
  weight: number;
}

/** At most this many values per replication are kept (2,000 × 8 bytes). */
export const SAMPLE_SIZE = 2000;

/**
 * The cycle time of each traced case (last firing − first firing) as a sorted, evenly thinned
 * sample of at most `size` values, with the weight that keeps counts true. Pure.
 */
export function cycleSample(traces: readonly TracedCase[], size = SAMPLE_SIZE): CycleSample {
  const all: number[] = [];
  for (const t of traces) {
    if (t.steps.length === 0) continue;
    let first = Infinity;
    let last = -Infinity;
    for (const s of t.steps) {
      if (s.time < first) first = s.time;
      if (s.time > last) last = s.time;
    }
    all.push(last - first);
  }
  all.sort((a, b) => a - b);
  if (all.length <= size) return { values: all, weight: 1 };
  // Order statistics at evenly spaced ranks (mid-points), so the thinned set keeps the shape.
  const values: number[] = [];
  for (let i = 0; i < size; i++) values.push(all[Math.floor(((i + 0.5) * all.length) / size)]!);
  return { values, weight: all.length / size };
}
