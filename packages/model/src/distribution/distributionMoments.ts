import type { Distribution, TimeUnit } from '../types/distribution';

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
 * The mean of a distribution, in minutes. Pure.
 * `normal` is truncated at 0 when sampled; its mean here is the truncated mean.
 */
export function distributionMean(d: Distribution): number {
  return toMinutes(rawMean(d), d.unit);
}

/** The variance of a distribution, in minutes². Pure. */
export function distributionVariance(d: Distribution): number {
  const f = MINUTES_PER[d.unit ?? 'min'];
  return rawVariance(d) * f * f;
}

/**
 * The squared coefficient of variation (variance / mean²) of a distribution: 1 for exponential,
 * 0 for fixed. Used by queueing approximations (Allen–Cunneen). Pure.
 */
export function distributionScv(d: Distribution): number {
  const m = rawMean(d);
  return m > 0 ? rawVariance(d) / (m * m) : 0;
}

function rawMean(d: Distribution): number {
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
  }
}

function rawVariance(d: Distribution): number {
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
  }
}

/** Mean and variance of N(mu, sd²) truncated to [0, ∞). */
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

function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
