import type { Distribution } from '../types/distribution';
import { normalCdf, normalPdf, regularizedGammaP } from './specialFunctions';

/**
 * The zeroth, first and second partial moments `[P(lo ≤ X ≤ hi), E[X; lo ≤ X ≤ hi],
 * E[X²; lo ≤ X ≤ hi]]` of a distribution's own draws, before `shift` and `bounds` (in its unit;
 * `lo`/`hi` may be ∓Infinity). `normal` is the normal truncated at 0, as it is sampled. All in
 * closed form: gamma/erlang/exponential through the regularised incomplete gamma function,
 * normal and lognormal through the normal CDF, triangular by Simpson's rule on each linear piece
 * (exact: x²·f(x) is a cubic there), uniform, empirical and histogram by sums. Pure.
 */
export function partialMoments(d: Distribution, lo: number, hi: number): [number, number, number] {
  if (!(lo <= hi)) return [0, 0, 0];
  switch (d.dist) {
    case 'fixed':
      return atom(d.value, lo, hi);
    case 'uniform':
      return d.min === d.max ? atom(d.min, lo, hi) : uniformPiece(d.min, d.max, 1, lo, hi);
    case 'triangular':
      return triangular(d.min, d.mode, d.max, lo, hi);
    case 'exponential':
      return gamma(1, d.mean, lo, hi);
    case 'erlang':
      return gamma(d.k, d.mean / d.k, lo, hi);
    case 'gamma':
      return gamma(d.shape, d.scale, lo, hi);
    case 'normal':
      return normal(d.mean, d.sd, lo, hi);
    case 'lognormal':
      return lognormal(d.mean, d.sd, lo, hi);
    case 'empirical': {
      const w = weightsOf(d.values, d.weights);
      const total = w.reduce((a, b) => a + b, 0);
      const sum: [number, number, number] = [0, 0, 0];
      d.values.forEach((v, i) => add(sum, atom(v, lo, hi), w[i]! / total));
      return sum;
    }
    case 'histogram': {
      const total = d.bins.reduce((a, b) => a + b.weight, 0);
      const sum: [number, number, number] = [0, 0, 0];
      for (const b of d.bins) add(sum, uniformPiece(b.from, b.to, b.weight / total, lo, hi), 1);
      return sum;
    }
  }
}

/** The weights of an empirical distribution, equal when not given. Pure. */
export function weightsOf(values: readonly number[], weights?: readonly number[]): number[] {
  return weights ? [...weights] : values.map(() => 1);
}

function add(sum: [number, number, number], part: [number, number, number], w: number): void {
  sum[0] += part[0] * w;
  sum[1] += part[1] * w;
  sum[2] += part[2] * w;
}

function atom(v: number, lo: number, hi: number): [number, number, number] {
  return v >= lo && v <= hi ? [1, v, v * v] : [0, 0, 0];
}

/** A uniform density of total `mass` on [a, b], restricted to [lo, hi]. */
function uniformPiece(a: number, b: number, mass: number, lo: number, hi: number) {
  const l = Math.max(a, lo);
  const u = Math.min(b, hi);
  if (!(u > l) || !(b > a)) return [0, 0, 0] as [number, number, number];
  const k = mass / (b - a);
  return [k * (u - l), (k * (u * u - l * l)) / 2, (k * (u ** 3 - l ** 3)) / 3] as [
    number,
    number,
    number,
  ];
}

function triangular(a: number, c: number, b: number, lo: number, hi: number) {
  if (a === b) return atom(a, lo, hi);
  const pdf = (x: number) =>
    x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c));
  const sum: [number, number, number] = [0, 0, 0];
  for (const [p, q] of [
    [a, c],
    [c, b],
  ] as const) {
    const l = Math.max(p, lo);
    const u = Math.min(q, hi);
    if (!(u > l)) continue;
    const m = (l + u) / 2;
    const fl = pieceDensity(pdf, l, p, q);
    const fu = pieceDensity(pdf, u, p, q);
    const fm = pdf(m);
    const h = (u - l) / 6;
    sum[0] += h * (fl + 4 * fm + fu);
    sum[1] += h * (l * fl + 4 * m * fm + u * fu);
    sum[2] += h * (l * l * fl + 4 * m * m * fm + u * u * fu);
  }
  return sum;
}

/**
 * The density of the linear piece [p, q] at its point x, extrapolated from two interior points so
 * that the mode belongs to the piece being integrated.
 */
function pieceDensity(pdf: (x: number) => number, x: number, p: number, q: number): number {
  const x1 = p + (q - p) / 3;
  const x2 = p + (2 * (q - p)) / 3;
  const y1 = pdf(x1);
  const y2 = pdf(x2);
  return y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
}

function gamma(k: number, theta: number, lo: number, hi: number): [number, number, number] {
  const l = Math.max(lo, 0) / theta;
  const u = hi / theta;
  if (!(u > l)) return [0, 0, 0];
  const p = (s: number) => regularizedGammaP(s, u) - regularizedGammaP(s, l);
  return [p(k), k * theta * p(k + 1), k * (k + 1) * theta * theta * p(k + 2)];
}

function normal(mu: number, sd: number, lo: number, hi: number): [number, number, number] {
  if (sd <= 0) return atom(Math.max(0, mu), lo, hi);
  const whole = 1 - normalCdf(-mu / sd);
  if (whole < 1e-12) return atom(0, lo, hi);
  const l = Math.max(lo, 0);
  if (!(hi > l)) return [0, 0, 0];
  const a = (l - mu) / sd;
  const b = (hi - mu) / sd;
  const z = normalCdf(b) - normalCdf(a);
  const pa = normalPdf(a);
  const pb = Number.isFinite(b) ? normalPdf(b) : 0;
  const apa = a * pa;
  const bpb = Number.isFinite(b) ? b * pb : 0;
  const m1 = mu * z + sd * (pa - pb);
  const m2 = (mu * mu + sd * sd) * z + 2 * mu * sd * (pa - pb) + sd * sd * (apa - bpb);
  return [z / whole, m1 / whole, m2 / whole];
}

function lognormal(mean: number, sd: number, lo: number, hi: number): [number, number, number] {
  if (sd <= 0) return atom(mean, lo, hi);
  const s2 = Math.log(1 + (sd * sd) / (mean * mean));
  const s = Math.sqrt(s2);
  const mu = Math.log(mean) - s2 / 2;
  const lnL = lo > 0 ? Math.log(lo) : -Infinity;
  const lnU = hi === Infinity ? Infinity : hi > 0 ? Math.log(hi) : -Infinity;
  if (!(lnU > lnL)) return [0, 0, 0];
  const moment = (n: number) =>
    Math.exp(n * mu + (n * n * s2) / 2) *
    (normalCdf((lnU - mu - n * s2) / s) - normalCdf((lnL - mu - n * s2) / s));
  return [moment(0), moment(1), moment(2)];
}
