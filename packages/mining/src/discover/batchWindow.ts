/** The rule's thresholds (see {@link batchWindow}). */
export const BATCH_WINDOW_RULE = {
  /** The waits within this share above the window (plus two resolution steps) count as on it. */
  band: 0.05,
  /** Share of the groups that must be released on the window… */
  minOnWindow: 0.5,
  /** …and at most this share clearly before it. */
  maxBefore: 0.1,
} as const;

/**
 * The window (ms) of a batch, from `waits`: how long the first case of each group released by
 * the window had waited (ms) when the group started. A window releases a group exactly W after
 * its first case became ready, later only when the group then waited for a person, never
 * before: W is the lower quartile of the densest run of waits within [w, w × 1.05 + 2 resolution
 * steps], kept when that run holds ≥ 50 % of the waits, ≤ 10 % are below w × 0.95 − 2 steps,
 * there are at least `minGroups` waits and W is longer than two steps; else undefined. Pure.
 */
export function batchWindow(
  waits: readonly number[],
  resolution: number,
  minGroups: number,
): number | undefined {
  const R = BATCH_WINDOW_RULE;
  const f = [...waits].sort((a, b) => a - b);
  const m = f.length;
  if (m < minGroups || m === 0) return undefined;
  const tol = 2 * resolution;
  let best = { from: 0, to: 0 };
  let j = 0;
  for (let i = 0; i < m; i++) {
    j = Math.max(j, i);
    while (j < m && f[j]! <= f[i]! * (1 + R.band) + tol) j++;
    if (j - i > best.to - best.from) best = { from: i, to: j };
  }
  if (best.to - best.from < R.minOnWindow * m) return undefined;
  const floor = f[best.from]!;
  const before = f.filter((w) => w < floor * (1 - R.band) - tol).length;
  if (before > R.maxBefore * m) return undefined;
  const run = f.slice(best.from, best.to);
  const w = run[Math.floor((run.length - 1) / 4)]!;
  return w > tol ? w : undefined;
}
