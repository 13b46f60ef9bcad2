import { distributionMean, type Distribution } from '@flowsmith/model';

/** One candidate's fit: the distribution (in minutes), its log-likelihood and AIC. */
export interface DurationFit {
  distribution: Distribution;
  logLikelihood: number;
  aic: number;
}

/** The fits of every candidate (lowest AIC first), the one chosen, and the sample they came from. */
export interface DurationFits {
  best: Distribution;
  candidates: DurationFit[];
  n: number;
  mean: number;
}

/** The shortest duration the fits use, minutes (1 s): lognormal and gamma need positive values. */
const FLOOR = 1 / 60;

/**
 * Fits durations (minutes) by maximum likelihood to the exponential, lognormal, Erlang (gamma
 * with a whole shape, the nearer of the two around the gamma estimate) and triangular (ends at
 * the sample's extremes widened by range/n, mode the likeliest of 64 quantiles) distributions and
 * keeps the one with the lowest AIC = 2k − 2 ln L among those whose mean is within 10 % of the
 * sample mean (else the exponential, whose mean is the sample's). A sample of one value, or of equal values,
 * gives `fixed`. Values under 1 s count as 1 s. Undefined for an empty sample. Pure.
 */
export function fitDuration(values: readonly number[]): DurationFits | undefined {
  const xs = values.filter((v) => Number.isFinite(v) && v >= 0).map((v) => Math.max(FLOOR, v));
  const n = xs.length;
  if (n === 0) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  if (n === 1 || max - min < 1e-9) {
    const fixed: Distribution = { dist: 'fixed', value: round(mean), unit: 'min' };
    return {
      best: fixed,
      candidates: [{ distribution: fixed, logLikelihood: 0, aic: 0 }],
      n,
      mean,
    };
  }
  const logs = xs.map(Math.log);
  const sumLog = logs.reduce((a, b) => a + b, 0);
  const candidates = [
    exponential(xs, mean),
    lognormal(logs, sumLog),
    erlang(xs, mean, sumLog),
    triangular(xs, min, max),
  ]
    .filter((c) => Number.isFinite(c.logLikelihood))
    .sort((a, b) => a.aic - b.aic);
  // A simulation needs the mean right: a fit whose mean is off the sample's by more than 10 %
  // (a lognormal stretched by a heavy tail and many near-zero values) is not chosen.
  const best =
    candidates.find((c) => Math.abs(distributionMean(c.distribution) - mean) <= 0.1 * mean) ??
    candidates.find((c) => c.distribution.dist === 'exponential')!;
  return { best: best.distribution, candidates, n, mean };
}

function fit(distribution: Distribution, logLikelihood: number, k: number): DurationFit {
  return { distribution, logLikelihood, aic: 2 * k - 2 * logLikelihood };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

function exponential(xs: number[], mean: number): DurationFit {
  const ll = -xs.length * Math.log(mean) - xs.reduce((a, b) => a + b, 0) / mean;
  return fit({ dist: 'exponential', mean: round(mean), unit: 'min' }, ll, 1);
}

function lognormal(logs: number[], sumLog: number): DurationFit {
  const n = logs.length;
  const mu = sumLog / n;
  const s2 = Math.max(1e-12, logs.reduce((a, l) => a + (l - mu) ** 2, 0) / n);
  const ll = -sumLog - (n / 2) * Math.log(2 * Math.PI * s2) - n / 2;
  const mean = Math.exp(mu + s2 / 2);
  const sd = mean * Math.sqrt(Math.expm1(s2));
  return fit({ dist: 'lognormal', mean: round(mean), sd: round(sd), unit: 'min' }, ll, 2);
}

function erlang(xs: number[], mean: number, sumLog: number): DurationFit {
  const n = xs.length;
  const s = Math.log(mean) - sumLog / n;
  const shape = s > 0 ? (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s) : 1;
  const sum = xs.reduce((a, b) => a + b, 0);
  const ll = (k: number) => {
    const theta = mean / k;
    return (k - 1) * sumLog - sum / theta - n * k * Math.log(theta) - n * logGamma(k);
  };
  const lo = Math.max(1, Math.floor(shape));
  const k = ll(lo + 1) > ll(lo) ? lo + 1 : lo;
  return fit({ dist: 'erlang', mean: round(mean), k, unit: 'min' }, ll(k), 2);
}

function triangular(xs: number[], min: number, max: number): DurationFit {
  const n = xs.length;
  const pad = (max - min) / n;
  const a = Math.max(0, min - pad);
  const b = max + pad;
  const sample = n > 20_000 ? xs.filter((_, i) => i % Math.ceil(n / 20_000) === 0) : xs;
  const sorted = [...sample].sort((p, q) => p - q);
  let best = { c: a, ll: -Infinity };
  for (let q = 0; q <= 64; q++) {
    const c = sorted[Math.min(sorted.length - 1, Math.floor((q / 64) * sorted.length))]!;
    let ll = 0;
    for (const x of sample) {
      const d = x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c));
      ll += Math.log(d);
    }
    if (ll > best.ll) best = { c, ll };
  }
  const ll = best.ll * (n / sample.length);
  return fit(
    { dist: 'triangular', min: round(a), mode: round(best.c), max: round(b), unit: 'min' },
    ll,
    3,
  );
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). Pure. */
export function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = g[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += g[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
