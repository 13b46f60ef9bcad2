import { distributionBoundsMass } from '../distribution/distributionMoments';
import { distributionSupport } from '../distribution/distributionSupport';
import type {
  Distribution,
  DistributionBounds,
  DistributionKind,
  TimeUnit,
} from '../types/distribution';
import { DISTRIBUTION_PARAMETERS, TIME_UNITS } from '../types/distribution';
import { ObjectReader, kindOf } from './ObjectReader';
import { readParameters } from './parseDistributionParameters';
import type { ProblemCollector } from './ProblemCollector';

// Widened to plain field names, the way the reader looks them up.
const PARAMETERS: Record<DistributionKind, readonly string[]> = DISTRIBUTION_PARAMETERS;
const KINDS = Object.keys(PARAMETERS) as DistributionKind[];
const COMMON = ['unit', 'shift', 'bounds'];
const ARTICLE: Record<DistributionKind, string> = {
  fixed: 'a',
  uniform: 'a',
  triangular: 'a',
  exponential: 'an',
  normal: 'a',
  lognormal: 'a',
  erlang: 'an',
  gamma: 'a',
  empirical: 'an',
  histogram: 'a',
};
/** Bounds keeping less than this share of the draws are refused (CONTRACTS "Distributions"). */
const MIN_BOUNDS_MASS = 0.001;

/**
 * Reads a distribution (FORMAT.md "Distribution", and gamma, empirical, histogram, `shift` and
 * `bounds` of packages/model/README.md) at `path`. A bare number N becomes
 * `{ dist: 'fixed', value: N, unit: 'min' }`. Parameters must be sane: finite, durations not
 * negative, means positive, `sd >= 0`, `k` a positive integer, `min <= mode <= max`, gamma's
 * `shape` and `scale` > 0, weights ≥ 0 with one > 0, bins with `from` < `to`. No draw may be
 * negative after `shift` (unless `bounds.min` cuts it off); bounds have `min <= max` and must keep
 * at least 0.1 % of the draws.
 */
export function parseDistribution(
  c: ProblemCollector,
  value: unknown,
  path: string,
): Distribution | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) c.report(path, 'number.notFinite', {});
    else if (value < 0) c.report(path, 'number.nonNegative', { value });
    else return { dist: 'fixed', value, unit: 'min' };
    return undefined;
  }
  if (kindOf(value) !== 'object') {
    c.report(path, 'field.type', { expected: 'distribution', actual: kindOf(value) });
    return undefined;
  }
  const r = ObjectReader.open(c, value, path)!;
  const dist = r.oneOf('dist', KINDS, true);
  const unit = r.oneOf<TimeUnit>('unit', TIME_UNITS);
  if (dist === undefined) {
    r.rejectUnknown(
      ['dist', ...COMMON, ...new Set(Object.values(PARAMETERS).flat())],
      'a distribution',
    );
    return undefined;
  }
  r.rejectUnknown(
    ['dist', ...PARAMETERS[dist], ...COMMON],
    `${ARTICLE[dist]} ${dist} distribution`,
  );
  const before = c.problems.length;
  const base = readParameters(r, dist);
  const shift = r.number('shift');
  const bounds = r.has('bounds') ? readBounds(r) : undefined;
  if (base === undefined || c.problems.length !== before) return undefined;
  const d: Distribution = {
    ...base,
    ...(unit !== undefined && { unit }),
    ...(shift !== undefined && { shift }),
    ...(bounds !== undefined && { bounds }),
  };
  return checkDraws(r, d) ? d : undefined;
}

function readBounds(parent: ObjectReader): DistributionBounds | undefined {
  const r = ObjectReader.open(parent.c, parent.raw('bounds'), parent.at('bounds'));
  if (!r) return undefined;
  r.rejectUnknown(['min', 'max'], 'distribution bounds');
  const min = r.constrained('min', 'nonNegative');
  const max = r.constrained('max', 'nonNegative');
  if (min !== undefined && max !== undefined && min > max) {
    r.c.report(r.at('min'), 'distribution.minAboveMax', { min, max });
    return undefined;
  }
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** No negative draws after shift; bounds that meet the draws and keep enough of them. */
function checkDraws(r: ObjectReader, d: Distribution): boolean {
  const shift = d.shift ?? 0;
  const [low, high] = distributionSupport(d).map((x) => x + shift) as [number, number];
  const lowest = Math.max(low, d.bounds?.min ?? -Infinity);
  if (lowest < 0) {
    r.c.report(d.shift !== undefined ? r.at('shift') : r.path, 'distribution.negativeDraws', {
      lowest,
    });
    return false;
  }
  if (d.bounds === undefined) return true;
  const { min = -Infinity, max = Infinity } = d.bounds;
  const mass = distributionBoundsMass(d);
  if (high < min || low > max || mass === 0) {
    r.c.report(r.at('bounds'), 'bounds.outside', { min: String(low), max: String(high) });
    return false;
  }
  if (mass < MIN_BOUNDS_MASS) {
    r.c.report(r.at('bounds'), 'bounds.mass', { percent: (mass * 100).toPrecision(2) });
    return false;
  }
  return true;
}
