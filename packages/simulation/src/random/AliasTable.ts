import type { RandomStream } from './RandomStream';

/**
 * Walker's alias table (Vose's construction) over `weights`: picks index `i` with probability
 * `weights[i] / Σ weights` in constant time from one uniform number, with no allocation per
 * pick. Weights must be finite and ≥ 0 with a positive sum (the model's validation ensures it);
 * otherwise every index is equally likely.
 */
export class AliasTable {
  /** Chance of keeping column `i` rather than taking its alias. */
  private readonly keep: Float64Array;
  private readonly alias: Int32Array;
  readonly size: number;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    this.size = n;
    this.keep = new Float64Array(n);
    this.alias = new Int32Array(n);
    const total = weights.reduce((a, w) => a + (w > 0 && Number.isFinite(w) ? w : 0), 0);
    const scaled = weights.map((w) =>
      total > 0 ? ((w > 0 && Number.isFinite(w) ? w : 0) * n) / total : 1,
    );
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large[large.length - 1]!;
      this.keep[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      if (scaled[l]! < 1) small.push(large.pop()!);
    }
    // What is left is 1 up to rounding: always kept.
    for (const i of large) this.keep[i] = 1;
    for (const i of small) this.keep[i] = 1;
  }

  /** An index drawn by weight, using one number of `rng`. */
  pick(rng: RandomStream): number {
    const x = rng.next() * this.size;
    const i = x | 0;
    return x - i < this.keep[i]! ? i : this.alias[i]!;
  }
}
