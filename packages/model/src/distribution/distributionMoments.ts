import type { Distribution, TimeUnit } from '../types/distribution';
import { partialMoments, weightsOf } from './partialMoments';
import { normalCdf, normalPdf } from './specialFunctions';

export { normalCdf } from './specialFunctions';

const MINUTES_PER: Record<TimeUnit, number> = { s: 1 / 60, min: 1, h: 60, d: 1440 };

/** Converts `value` in `unit` (default minutes) to minutes. Pure. */
export function toMinutes(value: number, unit: TimeUnit = 'min'): number {
  return value * MINUTES_PER[unit];
}

/** Converts minutes to `unit`. Pure. */
export function fromMinutes(minutes: number, unit: TimeUnit): number {
  return minutes / MINUTES_PER[unit];
}

/**
 * The mean of a distribution, in minutes, with its `shift` added and truncated to its `bounds`.
 * Pure. `normal` is truncated at 0 when sampled; its mean here is the truncated mean. With
 * bounds the mean is that of the conditional distribution (what drawing again gives), in closed
 * form (see `partialMoments`).
 */
export function distributionMean(d: Distribution): number {
  return toMinutes(rawMoments(d).mean, d.unit);
}

/** The variance of a distribution, in minutes², truncated to its `bounds` like the mean. Pure. */
export function distributionVariance(d: Distribution): number {
  const f = MINUTES_PER[d.unit ?? 'min'];
  return rawMoments(d).variance * f * f;
}

/**
 * The squared coefficient of variation (variance / mean²) of a distribution: 1 for exponential,
 * 0 for fixed. Used by queueing approximations (Allen–Cunneen). Pure.
 */
export function distributionScv(d: Distribution): number {
  const { mean, variance } = rawMoments(d);
  return mean > 0 ? variance / (mean * mean) : 0;
}

/**
 * The share of a distribution's draws (after `shift`) that fall within its `bounds`: 1 without
 * bounds. Validation refuses bounds that keep less than 0.1 %. Pure.
 */
export function distributionBoundsMass(d: Distribution): number {
  if (d.bounds === undefined) return 1;
  const [lo, hi] = boundsBeforeShift(d);
  return Math.min(1, Math.max(0, partialMoments(d, lo, hi)[0]));
}

/**
 * P(X ≤ `minutes`): the cumulative distribution of a distribution's draws in minutes, with its
 * `shift` and `bounds` (a bounded one is the conditional distribution, as drawing again gives).
 * `normal` is the normal truncated at 0, as it is sampled. Pure.
 */
export function distributionCdf(d: Distribution, minutes: number): number {
  const y = fromMinutes(minutes, d.unit ?? 'min') - (d.shift ?? 0);
  const [lo, hi] = d.bounds === undefined ? [-Infinity, Infinity] : boundsBeforeShift(d);
  if (y < lo) return 0;
  if (y >= hi) return 1;
  const mass = partialMoments(d, lo, hi)[0];
  return mass > 0 ? Math.min(1, Math.max(0, partialMoments(d, lo, y)[0] / mass)) : 0;
}

/** Mean and variance in the distribution's own unit, after shift and bounds. */
function rawMoments(d: Distribution): { mean: number; variance: number } {
  const shift = d.shift ?? 0;
  if (d.bounds === undefined || (d.bounds.min === undefined && d.bounds.max === undefined)) {
    return { mean: baseMean(d) + shift, variance: baseVariance(d) };
  }
  const [lo, hi] = boundsBeforeShift(d);
  const [m0, m1, m2] = partialMoments(d, lo, hi);
  if (!(m0 > 0)) {
    // No mass within the bounds (refused by validation): draws end up clamped to the nearer bound.
    const at = Number.isFinite(lo) && baseMean(d) < lo ? lo : Number.isFinite(hi) ? hi : lo;
    return { mean: at + shift, variance: 0 };
  }
  const mean = m1 / m0;
  return { mean: mean + shift, variance: Math.max(0, m2 / m0 - mean * mean) };
}

/** The bounds expressed on the draws before `shift`. */
function boundsBeforeShift(d: Distribution): [number, number] {
  const shift = d.shift ?? 0;
  return [(d.bounds?.min ?? -Infinity) - shift, (d.bounds?.max ?? Infinity) - shift];
}

function baseMean(d: Distribution): number {
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'exponential':
    case 'lognormal':
    case 'erlang':
      return d.mean;
    case 'normal':
      return truncatedNormal(d.mean, d.sd).mean;
    case 'gamma':
      return d.shape * d.scale;
    case 'empirical': {
      const w = weightsOf(d.values, d.weights);
      const total = w.reduce((a, b) => a + b, 0);
      return d.values.reduce((s, v, i) => s + v * w[i]!, 0) / total;
    }
    case 'histogram': {
      const total = d.bins.reduce((a, b) => a + b.weight, 0);
      return d.bins.reduce((s, b) => s + (b.weight * (b.from + b.to)) / 2, 0) / total;
    }
  }
}

function baseVariance(d: Distribution): number {
  switch (d.dist) {
    case 'fixed':
      return 0;
    case 'uniform':
      return (d.max - d.min) ** 2 / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'exponential':
      return d.mean * d.mean;
    case 'lognormal':
      return d.sd * d.sd;
    case 'erlang':
      return (d.mean * d.mean) / d.k;
    case 'normal':
      return truncatedNormal(d.mean, d.sd).variance;
    case 'gamma':
      return d.shape * d.scale * d.scale;
    case 'empirical': {
      const w = weightsOf(d.values, d.weights);
      const total = w.reduce((a, b) => a + b, 0);
      const mean = baseMean(d);
      return d.values.reduce((s, v, i) => s + (w[i]! * (v - mean) ** 2) / total, 0);
    }
    case 'histogram': {
      // A mixture of uniforms: each bin's own variance plus the spread of the bin centres.
      const total = d.bins.reduce((a, b) => a + b.weight, 0);
      const mean = baseMean(d);
      return d.bins.reduce((s, b) => {
        const centre = (b.from + b.to) / 2;
        return s + (b.weight / total) * ((b.to - b.from) ** 2 / 12 + (centre - mean) ** 2);
      }, 0);
    }
  }
}

/** Mean and variance of N(mu, sd²) truncated to [0, ∞). Pure. */
export function truncatedNormal(mu: number, sd: number): { mean: number; variance: number } {
  if (sd <= 0) return { mean: Math.max(0, mu), variance: 0 };
  const alpha = -mu / sd;
  const z = 1 - normalCdf(alpha);
  if (z < 1e-12) return { mean: 0, variance: 0 };
  const lambda = normalPdf(alpha) / z;
  const mean = mu + sd * lambda;
  const variance = sd * sd * (1 + alpha * lambda - lambda * lambda);
  return { mean, variance };
}
