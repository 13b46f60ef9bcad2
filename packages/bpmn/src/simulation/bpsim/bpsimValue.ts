import type { Distribution, TimeUnit } from '@flowsmith/model';
import { parseIsoDuration } from '../../isoDuration';
import type { BpsimValue } from './BpsimInfo';

/** Minutes per BPSim time unit. */
const MINUTES: Record<string, number> = {
  ms: 1 / 60_000,
  s: 1 / 60,
  min: 1,
  hour: 60,
  day: 1440,
  year: 525_600,
};
const UNIT_OF: Record<string, TimeUnit> = { s: 's', min: 'min', hour: 'h', day: 'd' };

/** What a BPSim value reads as: a distribution, with `approximated` saying how it differs. */
export type BpsimReading = { d: Distribution; approximated?: string } | undefined;

/**
 * A BPSim parameter value as a Flowsmith distribution in `baseTimeUnit` (or the value's own
 * `timeUnit`): Normal, TruncatedNormal (bounds), LogNormal, NegativeExponential, Uniform,
 * Triangular, Erlang, Gamma, UserDistribution (empirical), Floating/Numeric (fixed) and Duration
 * (ISO 8601) parameters; a Poisson inter-trigger time is read as exponential gaps with that mean
 * (approximated). Undefined for what has no equivalent (Beta, Binomial, Weibull…). Pure.
 */
export function fromBpsim(v: BpsimValue, baseTimeUnit: string): BpsimReading {
  const base = v.attrs.timeUnit ?? baseTimeUnit;
  const unit = UNIT_OF[base];
  const scale = unit ? 1 : (MINUTES[base] ?? 1);
  const n = (key: string) => Number(v.attrs[key]) * scale;
  const u = <D extends Distribution>(d: D): D => ({ ...d, unit: unit ?? 'min' });
  switch (v.type) {
    case 'NormalDistribution':
      return { d: u({ dist: 'normal', mean: n('mean'), sd: n('standardDeviation') }) };
    case 'TruncatedNormalDistribution':
      return {
        d: u({
          dist: 'normal',
          mean: n('mean'),
          sd: n('standardDeviation'),
          bounds: { min: n('min'), max: n('max') },
        }),
      };
    case 'LogNormalDistribution':
      return { d: u({ dist: 'lognormal', mean: n('mean'), sd: n('standardDeviation') }) };
    case 'NegativeExponentialDistribution':
      return { d: u({ dist: 'exponential', mean: n('mean') }) };
    case 'PoissonDistribution':
      return {
        d: u({ dist: 'exponential', mean: n('mean') }),
        approximated: 'exponential (Poisson arrivals)',
      };
    case 'UniformDistribution':
      return { d: u({ dist: 'uniform', min: n('min'), max: n('max') }) };
    case 'TriangularDistribution':
      return { d: u({ dist: 'triangular', min: n('min'), mode: n('mode'), max: n('max') }) };
    case 'ErlangDistribution':
      return { d: u({ dist: 'erlang', mean: n('mean'), k: Number(v.attrs.k) }) };
    case 'GammaDistribution':
      return { d: u({ dist: 'gamma', shape: Number(v.attrs.shape), scale: n('scale') }) };
    case 'FloatingParameter':
    case 'NumericParameter':
      return { d: u({ dist: 'fixed', value: n('value') }) };
    case 'DurationParameter': {
      const d = parseIsoDuration(v.attrs.value);
      return d ? { d } : undefined;
    }
    case 'UserDistribution': {
      const points = (v.points ?? []).map((p) => ({
        p: p.probability,
        r: fromBpsim(p.value, baseTimeUnit),
      }));
      if (points.length === 0 || points.some((x) => x.r?.d.dist !== 'fixed')) return undefined;
      const values = points.map((x) => (x.r!.d as { value: number }).value);
      return { d: u({ dist: 'empirical', values, weights: points.map((x) => x.p) }) };
    }
    default:
      return undefined;
  }
}

/**
 * A Flowsmith distribution as a BPSim value in minutes (the scenario's `baseTimeUnit` Flowsmith
 * writes), and whether that is exact (`shift`, one-sided bounds and histograms are not). Pure.
 */
export function toBpsim(d: Distribution): { v: BpsimValue; exact: boolean } {
  const k = { s: 1 / 60, min: 1, h: 60, d: 1440 }[d.unit ?? 'min'];
  const t = (x: number) => String(x * k);
  const exact = d.shift === undefined && d.bounds === undefined;
  const v = (type: string, attrs: Record<string, string>): BpsimValue => ({ type, attrs });
  switch (d.dist) {
    case 'fixed':
      return { v: v('FloatingParameter', { value: t(d.value) }), exact };
    case 'uniform':
      return { v: v('UniformDistribution', { min: t(d.min), max: t(d.max) }), exact };
    case 'triangular':
      return {
        v: v('TriangularDistribution', { min: t(d.min), mode: t(d.mode), max: t(d.max) }),
        exact,
      };
    case 'exponential':
      return { v: v('NegativeExponentialDistribution', { mean: t(d.mean) }), exact };
    case 'normal':
      return { v: v('NormalDistribution', { mean: t(d.mean), standardDeviation: t(d.sd) }), exact };
    case 'lognormal':
      return {
        v: v('LogNormalDistribution', { mean: t(d.mean), standardDeviation: t(d.sd) }),
        exact,
      };
    case 'erlang':
      return { v: v('ErlangDistribution', { mean: t(d.mean), k: String(d.k) }), exact };
    case 'gamma':
      return { v: v('GammaDistribution', { shape: String(d.shape), scale: t(d.scale) }), exact };
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      const points = d.values.map((x, i) => ({
        probability: w[i]! / total,
        value: v('FloatingParameter', { value: t(x) }),
      }));
      return { v: { type: 'UserDistribution', attrs: { discrete: 'true' }, points }, exact };
    }
    case 'histogram': {
      const total = d.bins.reduce((a, b) => a + b.weight, 0);
      const points = d.bins.map((b) => ({
        probability: b.weight / total,
        value: v('FloatingParameter', { value: t((b.from + b.to) / 2) }),
      }));
      return { v: { type: 'UserDistribution', attrs: { discrete: 'true' }, points }, exact: false };
    }
  }
}
