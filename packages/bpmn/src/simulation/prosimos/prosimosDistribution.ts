import {
  distributionProblems,
  type Distribution,
  type DistributionBounds,
  type TimeUnit,
} from '@flowsmith/model';
import { join, type JsonObject, type JsonReader } from '../JsonReader';

/** The distribution names of Prosimos (pix-framework 0.14), with how many parameters each takes. */
const PARAMETER_COUNT: Record<string, number> = {
  fix: 1,
  expon: 3,
  norm: 4,
  uniform: 2,
  lognorm: 4,
  gamma: 4,
};

/** Bounds at or beyond this (pix-framework writes 1e9 s, about 31 years) mean "no upper bound". */
const NO_UPPER_BOUND = 1e9;

/**
 * A Prosimos distribution (`distribution_name` + `distribution_params` as `[{ value }, …]`) as a
 * Flowsmith distribution with the same law, in `unit` (Prosimos durations are seconds; case
 * attributes have no unit). pix-framework's meaning: `fix` [value]; `expon` [mean, min, max] —
 * an exponential shifted by min with the given mean overall; `norm` [mean, sd, min, max];
 * `uniform` [min, max]; `lognorm` and `gamma` [mean, variance, min, max]; min/max truncate by
 * drawing again (Flowsmith's `bounds`), and every draw is ≥ 0. `histogram_sampling` (bin
 * midpoints drawn by their share of the cdf) is an empirical distribution. Problems go to
 * `reader` with their JSON path; then undefined. A duration (`unit` given) the document's parser
 * would refuse (a negative mean…) is refused here, at the parameters' own path.
 */
export function prosimosDistribution(
  o: JsonObject,
  path: string,
  reader: JsonReader,
  unit: TimeUnit | undefined,
): Distribution | undefined {
  const d = convert(o, path, reader, unit);
  if (!d || unit === undefined) return d;
  const problems = distributionProblems(d, reader.lang);
  if (problems.length === 0) return d;
  const detail = problems.map((p) => (p.path ? `${d.dist} ${p.path}: ${p.message}` : p.message));
  reader.fail(join(path, 'distribution_params'), 'bad-distribution', { detail: detail.join('; ') });
  return undefined;
}

/** The Flowsmith distribution of `o`, unchecked (see {@link prosimosDistribution}). */
function convert(
  o: JsonObject,
  path: string,
  reader: JsonReader,
  unit: TimeUnit | undefined,
): Distribution | undefined {
  const name = reader.string(o, 'distribution_name', path);
  if (name === undefined) return undefined;
  const withUnit = <D extends Distribution>(d: D): D => (unit ? { ...d, unit } : d);
  if (name === 'histogram_sampling') return histogram(o, path, reader, withUnit);
  const count = PARAMETER_COUNT[name];
  if (count === undefined) {
    const known = [...Object.keys(PARAMETER_COUNT), 'histogram_sampling'].join(', ');
    reader.fail(join(path, 'distribution_name'), 'unknown-distribution', { name, known });
    return undefined;
  }
  const p = values(o, path, reader, count);
  if (!p) return undefined;
  switch (name) {
    case 'fix':
      return withUnit({ dist: 'fixed', value: p[0]! });
    case 'uniform':
      return withUnit({ dist: 'uniform', min: p[0]!, max: p[1]! });
    case 'expon': {
      const [mean, min, max] = p as [number, number, number];
      // pix-framework: loc = min, scale = mean − min (scale = mean when that is negative).
      const scale = mean - min >= 0 ? mean - min : mean;
      const d: Distribution = withUnit({ dist: 'exponential', mean: scale });
      return bounded(min !== 0 ? { ...d, shift: min } : d, undefined, max);
    }
    case 'norm':
      return bounded(withUnit({ dist: 'normal', mean: p[0]!, sd: p[1]! }), p[2], p[3]);
    case 'lognorm':
      return bounded(
        withUnit({ dist: 'lognormal', mean: p[0]!, sd: Math.sqrt(p[1]!) }),
        p[2],
        p[3],
      );
    default: {
      const [mean, variance, min, max] = p as [number, number, number, number];
      const d = withUnit({
        dist: 'gamma' as const,
        shape: (mean * mean) / variance,
        scale: variance / mean,
      });
      return bounded(d, min, max);
    }
  }
}

/** The first `count` numbers of `distribution_params`, or a problem. */
function values(
  o: JsonObject,
  path: string,
  reader: JsonReader,
  count: number,
): number[] | undefined {
  const at = join(path, 'distribution_params');
  const list = o.distribution_params;
  if (!Array.isArray(list) || list.length < count) {
    reader.fail(at, 'expected-value-list', { count });
    return undefined;
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const item = list[i] as unknown;
    if (typeof item !== 'object' || item === null) {
      reader.fail(join(at, i), 'expected-value-list', { count });
      return undefined;
    }
    const n = reader.number(item as JsonObject, 'value', join(at, i));
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

/** `d` truncated to [min, max], leaving out a side that cannot bind (≤ 0 below, ≥ 1e9 above). */
function bounded<D extends Distribution>(
  d: D,
  min: number | undefined,
  max: number | undefined,
): D {
  const bounds: DistributionBounds = {};
  if (min !== undefined && min > 0) bounds.min = min;
  if (max !== undefined && max < NO_UPPER_BOUND) bounds.max = max;
  return Object.keys(bounds).length > 0 ? { ...d, bounds } : d;
}

function histogram(
  o: JsonObject,
  path: string,
  reader: JsonReader,
  withUnit: <D extends Distribution>(d: D) => D,
): Distribution | undefined {
  const data = reader.object(o.histogram_data, join(path, 'histogram_data'));
  if (!data) return undefined;
  const at = join(path, 'histogram_data');
  const cdf = numbers(reader.array(data, 'cdf', at), join(at, 'cdf'), reader);
  const mids = numbers(reader.array(data, 'bin_midpoints', at), join(at, 'bin_midpoints'), reader);
  if (!cdf || !mids || cdf.length === 0 || cdf.length !== mids.length) {
    reader.fail(join(at, 'cdf'), 'expected-value-list', { count: mids?.length ?? 1 });
    return undefined;
  }
  const weights = cdf.map((c, i) => Math.max(0, c - (i === 0 ? 0 : cdf[i - 1]!)));
  return withUnit({ dist: 'empirical', values: mids, weights });
}

function numbers(list: unknown[], path: string, reader: JsonReader): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      reader.fail(join(path, i), 'expected-number', {});
      return undefined;
    }
    out.push(v);
  }
  return out;
}
