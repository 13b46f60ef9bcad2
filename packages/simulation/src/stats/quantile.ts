/**
 * The `p`-quantile (0..1) of an ascending sorted sample, interpolating linearly between order
 * statistics (type 7, as R and NumPy by default); NaN for an empty sample. Pure.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
