import { distributionCdf, distributionVariance, type Distribution } from '@flowsmith/model';

/** One candidate's fit: the distribution (in minutes), its log-likelihood and AIC. */
export interface DurationFit {
  distribution: Distribution;
  logLikelihood: number;
  aic: number;
}

/** The fits of every candidate (lowest AIC first), the one chosen, and the sample they came from. */
export interface DurationFits {
  /** The chosen fit: the best candidate, or the sample's own shape when none follows it. */
  best: Distribution;
  candidates: DurationFit[];
  n: number;
  mean: number;
  /** The Kolmogorov–Smirnov distance between the sample and the best candidate. */
  ks: number;
}

/**
 * The largest Kolmogorov–Smirnov distance at which the best candidate is kept: beyond it (a sample
 * with a point mass, such as tickets closed exactly 15 or 30 days after they were resolved, or with
 * two humps) the duration is the sample's own shape, an `empirical` distribution.
 */
export const KS_LIMIT = 0.1;

/** The fewest values an `empirical` fit is made from (10 values per point, at least 10 points). */
export const EMPIRICAL_MIN_SAMPLE = 100;

/** The most points of an `empirical` fit. */
const EMPIRICAL_POINTS = 50;

/** The shortest duration the fits use, minutes (1 s): lognormal and gamma need positive values. */
const FLOOR = 1 / 60;

/**
 * Fits durations (minutes) to the exponential, lognormal, gamma, Erlang (gamma with a whole
 * shape, the nearer of the two around the gamma estimate), triangular (ends at the sample's
 * extremes widened by range/n) and uniform (the extremes widened the same way; kept only when
 * its middle is within two standard errors of the sample mean) distributions, each other keeping the sample mean (a simulation needs
 * the mean right): the shape by maximum likelihood — the lognormal's log-spread, the gamma's and
 * Erlang's shape — with the mean fixed to the sample's, the triangular's mode = 3 × mean − ends
 * (left out when that falls outside them). The lowest AIC = 2k − 2 ln L wins among the fits whose
 * variance is within a factor of 1.5 of the sample's (else the fit nearest in variance): the
 * simulation then also spreads the durations as the log does. When even that fit does not follow
 * the sample — its Kolmogorov–Smirnov distance is above {@link KS_LIMIT} and the sample has at
 * least {@link EMPIRICAL_MIN_SAMPLE} values — the duration is `empirical`: the sorted sample cut
 * into up to 50 groups of (nearly) equal size, each group's mean drawn with the group's share, so
 * the mean is the sample's and the shape (point masses and humps included) follows it to 1/50.
 * A sample of one value, or of equal values, gives `fixed`. Values under 1 s count as 1 s.
 * Undefined for an empty sample. Pure.
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
      ks: 0,
    };
  }
  const logs = xs.map(Math.log);
  const sumLog = logs.reduce((a, b) => a + b, 0);
  const candidates = [
    exponential(xs, mean),
    lognormal(logs, sumLog, mean),
    gamma(xs, mean, sumLog),
    erlang(xs, mean, sumLog),
    triangular(xs, mean, min, max),
    uniform(xs, mean, min, max),
  ]
    .filter((c): c is DurationFit => c !== undefined && Number.isFinite(c.logLikelihood))
    .sort((a, b) => a.aic - b.aic);
  // …and the spread: the fits whose variance is within a factor of 1.5 of the sample's (a
  // heavy-tailed fit of many short values can spread far wider), else the nearest in variance.
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const off = (c: DurationFit) =>
    Math.abs(Math.log(distributionVariance(c.distribution) / variance));
  const best =
    candidates.find((c) => off(c) <= Math.log(1.5)) ??
    [...candidates].sort((a, b) => off(a) - off(b))[0]!;
  const sorted = Float64Array.from(xs).sort();
  const ks = ksDistance(sorted, best.distribution);
  const shape = ks > KS_LIMIT && n >= EMPIRICAL_MIN_SAMPLE ? empirical(sorted) : best.distribution;
  return { best: shape, candidates, n, mean, ks };
}

/**
 * The Kolmogorov–Smirnov distance between a sorted sample and a distribution, evaluated at up to
 * 2,000 evenly spaced order statistics (within 1/2,000 of the exact distance).
 */
function ksDistance(sorted: Float64Array, d: Distribution): number {
  const n = sorted.length;
  const step = Math.max(1, Math.floor(n / 2000));
  let distance = 0;
  for (let i = 0; i < n; i += step) {
    const f = distributionCdf(d, sorted[i]!);
    distance = Math.max(distance, (i + 1) / n - f, f - i / n);
  }
  return distance;
}

/** The sorted sample as up to 50 groups of nearly equal size, each its mean with its share. */
function empirical(sorted: Float64Array): Distribution {
  const n = sorted.length;
  const groups = Math.min(EMPIRICAL_POINTS, Math.floor(n / 10));
  const values: number[] = [];
  const weights: number[] = [];
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * n) / groups);
    const to = Math.floor(((g + 1) * n) / groups);
    let sum = 0;
    for (let i = from; i < to; i++) sum += sorted[i]!;
    const value = round(sum / (to - from));
    if (values[values.length - 1] === value) weights[weights.length - 1]! += to - from;
    else {
      values.push(value);
      weights.push(to - from);
    }
  }
  return { dist: 'empirical', values, weights, unit: 'min' };
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

function lognormal(logs: number[], sumLog: number, mean: number): DurationFit {
  // The log-spread by maximum likelihood, the location so that the mean is the sample's.
  const n = logs.length;
  const mu0 = sumLog / n;
  const s2 = Math.max(1e-12, logs.reduce((a, l) => a + (l - mu0) ** 2, 0) / n);
  const mu = Math.log(mean) - s2 / 2;
  const ss = logs.reduce((a, l) => a + (l - mu) ** 2, 0);
  const ll = -sumLog - (n / 2) * Math.log(2 * Math.PI * s2) - ss / (2 * s2);
  const sd = mean * Math.sqrt(Math.expm1(s2));
  return fit({ dist: 'lognormal', mean: round(mean), sd: round(sd), unit: 'min' }, ll, 2);
}

/** The gamma log-likelihood of a sample (its size, sum and sum of logs) at `shape`, mean kept. */
function gammaLogLikelihood(n: number, sum: number, sumLog: number, mean: number, shape: number) {
  const theta = mean / shape;
  return (shape - 1) * sumLog - sum / theta - n * shape * Math.log(theta) - n * logGamma(shape);
}

/** The maximum-likelihood gamma shape: Minka's start, then Newton on ln k − ψ(k) = s. */
function gammaShape(mean: number, sumLog: number, n: number): number {
  const s = Math.log(mean) - sumLog / n;
  if (!(s > 0)) return 1;
  let k = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  for (let i = 0; i < 6; i++) {
    const next = k - (Math.log(k) - digamma(k) - s) / (1 / k - trigamma(k));
    if (!(next > 0) || !Number.isFinite(next)) break;
    k = next;
  }
  return k;
}

function gamma(xs: number[], mean: number, sumLog: number): DurationFit {
  const n = xs.length;
  const sum = xs.reduce((a, b) => a + b, 0);
  const shape = gammaShape(mean, sumLog, n);
  return fit(
    { dist: 'gamma', shape: round(shape), scale: round(mean / shape), unit: 'min' },
    gammaLogLikelihood(n, sum, sumLog, mean, shape),
    2,
  );
}

function erlang(xs: number[], mean: number, sumLog: number): DurationFit {
  const n = xs.length;
  const sum = xs.reduce((a, b) => a + b, 0);
  const shape = gammaShape(mean, sumLog, n);
  const ll = (k: number) => gammaLogLikelihood(n, sum, sumLog, mean, k);
  const lo = Math.max(1, Math.floor(shape));
  const k = ll(lo + 1) > ll(lo) ? lo + 1 : lo;
  return fit({ dist: 'erlang', mean: round(mean), k, unit: 'min' }, ll(k), 2);
}

function uniform(xs: number[], mean: number, min: number, max: number): DurationFit | undefined {
  // The sample's extremes widened by range/n; its mean is the middle, so it is kept only when
  // the middle is within two standard errors of the sample mean (the same mean, statistically).
  const n = xs.length;
  const pad = (max - min) / n;
  const a = Math.max(0, min - pad);
  const b = max + pad;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  if (Math.abs((a + b) / 2 - mean) > (2 * sd) / Math.sqrt(n)) return undefined;
  return fit(
    { dist: 'uniform', min: round(a), max: round(b), unit: 'min' },
    -n * Math.log(b - a),
    2,
  );
}

function triangular(xs: number[], mean: number, min: number, max: number): DurationFit | undefined {
  const n = xs.length;
  const pad = (max - min) / n;
  const a = Math.max(0, min - pad);
  const b = max + pad;
  const c = 3 * mean - a - b;
  if (!(c >= a && c <= b)) return undefined;
  let ll = 0;
  for (const x of xs) {
    const d = x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c));
    ll += Math.log(d);
  }
  return fit(
    { dist: 'triangular', min: round(a), mode: round(c), max: round(b), unit: 'min' },
    ll,
    3,
  );
}

/** ψ(x), the digamma function, for x > 0 (recurrence to x ≥ 6, then the asymptotic series). */
function digamma(x: number): number {
  let r = 0;
  while (x < 6) r -= 1 / x++;
  const f = 1 / (x * x);
  return r + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f / 240)));
}

/** ψ′(x), the trigamma function, for x > 0. */
function trigamma(x: number): number {
  let r = 0;
  while (x < 6) r += 1 / (x * x++);
  const f = 1 / (x * x);
  return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
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
