/**
 * The `p`-quantile (type 7, as {@link quantile}) of an unsorted sample, in expected linear time
 * by quickselect (Hoare's FIND). Reorders `values` in place — pass a copy you own. NaN when
 * empty. Cheaper than sorting a million cycle times for three percentiles.
 */
export function selectQuantile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = select(values, lo);
  if (lo + 1 >= n || h === lo) return a;
  // After selecting, everything right of `lo` is >= a: the next order statistic is their minimum.
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (values[i]! < b) b = values[i]!;
  return a + (h - lo) * (b - a);
}

/** Puts the k-th smallest value at index k (smaller before, larger after) and returns it. */
function select(v: Float64Array, k: number): number {
  let left = 0;
  let right = v.length - 1;
  while (right > left) {
    // Median of three as pivot: robust on sorted and constant runs.
    const mid = (left + right) >> 1;
    const x = v[left]!;
    const y = v[mid]!;
    const z = v[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (v[i]! < pivot) i++;
      while (v[j]! > pivot) j--;
      if (i <= j) {
        const t = v[i]!;
        v[i] = v[j]!;
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return v[k]!;
  }
  return v[k]!;
}
