/**
 * The most intervals `[start, end)` open at one instant (an interval ending when another starts
 * does not overlap it). 0 for none. Pure.
 */
export function maxConcurrency(intervals: readonly { start: number; end: number }[]): number {
  const points: number[] = [];
  for (const { start, end } of intervals) {
    if (!(end > start)) continue;
    points.push(start * 2 + 1, end * 2);
  }
  // Ends (even) sort before starts (odd) at the same time.
  points.sort((a, b) => a - b);
  let open = 0;
  let most = 0;
  for (const p of points) {
    open += p % 2 !== 0 ? 1 : -1;
    most = Math.max(most, open);
  }
  return most;
}
