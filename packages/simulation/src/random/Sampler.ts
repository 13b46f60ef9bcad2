import { normalCdf, toMinutes, type Distribution } from '@flowsmith/model';
import { RandomStream } from './RandomStream';
import { AliasTable } from './AliasTable';
import { inverseNormalCdf } from './inverseNormalCdf';
import { standardGamma } from './standardGamma';
import { standardNormal } from './standardNormal';

const FIXED = 0;
const UNIFORM = 1;
const TRIANGULAR = 2;
const EXPONENTIAL = 3;
const NORMAL_RESAMPLE = 4;
const NORMAL_INVERSE = 5;
const LOGNORMAL = 6;
const ERLANG = 7;
const GAMMA = 8;
const EMPIRICAL = 9;
const HISTOGRAM = 10;
/** Shift and/or bounds around an inner sampler of the same stream. */
const ADJUSTED = 11;
/** Draws outside the bounds drawn again at most this often; then the last one is clamped. */
export const MAX_BOUNDS_REJECTIONS = 1_000;

/**
 * Draws values of one distribution from its own random stream. Parameters are converted to
 * minutes (and multiplied by `scale`) once, so sampling is a switch and a little arithmetic —
 * no closure or allocation per draw. The sampler is compiled per distribution: only one with a
 * `shift` or `bounds` takes the adjusting path (SPEC.md SIM-DIST-3), the others pay nothing.
 *
 * - normal: truncated at 0 by resampling, or by inverse CDF when fewer than 1 draw in 5 would
 *   be non-negative (resampling would then loop too long);
 * - lognormal: `mean` and `sd` are those of the variable itself;
 * - erlang: the sum of `k` exponentials with mean `mean / k`;
 * - triangular: inverse CDF;
 * - gamma: Marsaglia–Tsang for any real shape (shape < 1 boosted by U^(1/shape));
 * - empirical: a value by weight (alias table, one number per draw);
 * - histogram: a bin by weight (alias table), then uniform within it;
 * - `shift` is added to every draw, then draws outside `bounds` are drawn again (at most
 *   {@link MAX_BOUNDS_REJECTIONS} times, then clamped into the bounds).
 */
export class Sampler {
  private readonly kind: number;
  private readonly p1: number;
  private readonly p2: number;
  private readonly p3: number;
  private readonly k: number;
  private readonly table: AliasTable | null = null;
  /** Empirical: the values; histogram: bin starts then bin widths. */
  private readonly points: Float64Array | null = null;
  private readonly inner: Sampler | null = null;

  /**
   * A sampler of `dist` scaled by `scale`; `raw` keeps parameters as written (no unit
   * conversion), for case attributes that are amounts rather than times.
   */
  constructor(
    dist: Distribution,
    private readonly rng: RandomStream,
    scale = 1,
    raw = false,
  ) {
    const f = (v: number): number => (raw ? v : toMinutes(v, dist.unit)) * scale;
    this.k = 1;
    this.p3 = 0;
    const shift = dist.shift ?? 0;
    const lo = dist.bounds?.min;
    const hi = dist.bounds?.max;
    if (shift !== 0 || lo !== undefined || hi !== undefined) {
      // The adjusting path: shift (p1), lower and upper bound (p2, p3) around the plain draw.
      const { shift: _s, bounds: _b, ...plain } = dist;
      this.kind = ADJUSTED;
      this.inner = new Sampler(plain as Distribution, rng, scale, raw);
      this.p1 = f(shift);
      this.p2 = lo === undefined ? -Infinity : f(lo);
      this.p3 = hi === undefined ? Infinity : f(hi);
      return;
    }
    switch (dist.dist) {
      case 'fixed':
        this.kind = FIXED;
        this.p1 = f(dist.value);
        this.p2 = 0;
        break;
      case 'uniform':
        this.kind = UNIFORM;
        this.p1 = f(dist.min);
        this.p2 = f(dist.max) - f(dist.min);
        break;
      case 'triangular': {
        this.kind = TRIANGULAR;
        const a = f(dist.min);
        const c = f(dist.mode);
        const b = f(dist.max);
        this.p1 = a;
        this.p2 = b;
        this.p3 = c;
        break;
      }
      case 'exponential':
        this.kind = EXPONENTIAL;
        this.p1 = f(dist.mean);
        this.p2 = 0;
        break;
      case 'normal': {
        const mu = f(dist.mean);
        const sd = Math.abs(f(dist.sd));
        this.p1 = mu;
        this.p2 = sd;
        // Share of the untruncated normal that is >= 0: its CDF at the truncation point.
        const below = sd > 0 ? normalCdf(-mu / sd) : mu < 0 ? 1 : 0;
        this.p3 = below;
        this.kind = below > 0.8 ? NORMAL_INVERSE : NORMAL_RESAMPLE;
        break;
      }
      case 'lognormal': {
        this.kind = LOGNORMAL;
        const m = f(dist.mean);
        const s = f(dist.sd);
        const sigma2 = m > 0 ? Math.log(1 + (s * s) / (m * m)) : 0;
        this.p1 = m > 0 ? Math.log(m) - sigma2 / 2 : -Infinity;
        this.p2 = Math.sqrt(sigma2);
        break;
      }
      case 'erlang':
        this.kind = ERLANG;
        this.k = Math.max(1, Math.round(dist.k));
        this.p1 = f(dist.mean) / this.k;
        this.p2 = 0;
        break;
      case 'gamma':
        this.kind = GAMMA;
        this.p1 = dist.shape;
        this.p2 = f(dist.scale);
        break;
      case 'empirical':
        this.kind = EMPIRICAL;
        this.table = new AliasTable(dist.weights ?? dist.values.map(() => 1));
        this.points = Float64Array.from(dist.values, f);
        this.p1 = 0;
        this.p2 = 0;
        break;
      case 'histogram': {
        this.kind = HISTOGRAM;
        const n = dist.bins.length;
        this.table = new AliasTable(dist.bins.map((b) => b.weight));
        this.points = new Float64Array(2 * n);
        dist.bins.forEach((b, i) => {
          this.points![i] = f(b.from);
          this.points![n + i] = f(b.to) - f(b.from);
        });
        this.p1 = n;
        this.p2 = 0;
        break;
      }
    }
  }

  /** The next value (minutes, or the raw amount); never negative for time distributions. */
  sample(): number {
    const rng = this.rng;
    switch (this.kind) {
      case FIXED:
        return this.p1;
      case UNIFORM:
        return this.p1 + this.p2 * rng.next();
      case TRIANGULAR: {
        const a = this.p1;
        const b = this.p2;
        const c = this.p3;
        if (b <= a) return a;
        const u = rng.next();
        const fc = (c - a) / (b - a);
        return u < fc
          ? a + Math.sqrt(u * (b - a) * (c - a))
          : b - Math.sqrt((1 - u) * (b - a) * (b - c));
      }
      case EXPONENTIAL:
        return -this.p1 * Math.log(rng.nextOpen());
      case NORMAL_RESAMPLE: {
        if (this.p2 === 0) return Math.max(0, this.p1);
        for (;;) {
          const x = this.p1 + this.p2 * standardNormal(rng);
          if (x >= 0) return x;
        }
      }
      case NORMAL_INVERSE: {
        if (this.p2 === 0 || this.p3 >= 1) return 0;
        const u = this.p3 + (1 - this.p3) * rng.nextOpen();
        return Math.max(0, this.p1 + this.p2 * inverseNormalCdf(Math.min(u, 1 - 1e-16)));
      }
      case LOGNORMAL:
        return this.p2 === 0
          ? Math.exp(this.p1)
          : Math.exp(this.p1 + this.p2 * standardNormal(rng));
      case GAMMA:
        return this.p2 * standardGamma(this.p1, rng);
      case EMPIRICAL:
        return this.points![this.table!.pick(rng)]!;
      case HISTOGRAM: {
        const i = this.table!.pick(rng);
        return this.points![i]! + this.points![this.p1 + i]! * rng.next();
      }
      case ADJUSTED:
        return this.adjusted();
      default: {
        // Erlang: sum of k exponentials, as the product of uniforms (one logarithm); in
        // chunks so the product cannot underflow for large k.
        let total = 0;
        let left = this.k;
        while (left > 0) {
          const n = left > 64 ? 64 : left;
          let prod = 1;
          for (let i = 0; i < n; i++) prod *= rng.nextOpen();
          total -= Math.log(prod);
          left -= n;
        }
        return this.p1 * total;
      }
    }
  }

  /** A draw of the inner distribution plus the shift, drawn again while outside the bounds. */
  private adjusted(): number {
    const inner = this.inner!;
    const shift = this.p1;
    const lo = this.p2;
    const hi = this.p3;
    let x = inner.sample() + shift;
    for (let n = 0; n < MAX_BOUNDS_REJECTIONS && (x < lo || x > hi); n++) {
      x = inner.sample() + shift;
    }
    return x < lo ? lo : x > hi ? hi : x;
  }
}

/** A sampler for a stream, or `null` when there is no distribution. */
export function samplerOrNull(
  dist: Distribution | undefined,
  rng: RandomStream,
  scale = 1,
): Sampler | null {
  return dist ? new Sampler(dist, rng, scale) : null;
}
