/**
 * The most intervals `[start, end)` open at one instant (an interval ending when another starts
 * does not overlap it). 0 for none. Pure.
 */
export function maxConcurrency(intervals: readonly { start: number; end: number }[]): number {
  const points = new Float64Array(intervals.length * 2);
  let n = 0;
  for (const { start, end } of intervals) {
    if (!(end > start)) continue;
    points[n++] = start * 2 + 1;
    points[n++] = end * 2;
  }
  // Ends (even) sort before starts (odd) at the same time (a typed array sorts numerically).
  const sorted = points.subarray(0, n).sort();
  let open = 0;
  let most = 0;
  for (const p of sorted) {
    open += p % 2 !== 0 ? 1 : -1;
    most = Math.max(most, open);
  }
  return most;
}
