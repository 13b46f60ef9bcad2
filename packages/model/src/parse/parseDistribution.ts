import type { Distribution, DistributionKind, TimeUnit } from '../types/distribution';
import { DISTRIBUTION_PARAMETERS, TIME_UNITS } from '../types/distribution';
import { ObjectReader, kindOf } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';

// Widened to plain field names, the way the reader looks them up.
const PARAMETERS: Record<DistributionKind, readonly string[]> = DISTRIBUTION_PARAMETERS;
const KINDS = Object.keys(PARAMETERS) as DistributionKind[];
const ARTICLE: Record<DistributionKind, string> = {
  fixed: 'a',
  uniform: 'a',
  triangular: 'a',
  exponential: 'an',
  normal: 'a',
  lognormal: 'a',
  erlang: 'an',
};

/**
 * Reads a distribution (FORMAT.md "Distribution") at `path`. A bare number N becomes
 * `{ dist: 'fixed', value: N, unit: 'min' }`. Parameters must be sane: finite, durations not
 * negative, means positive, `sd >= 0`, `k` a positive integer, `min <= mode <= max`.
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
      ['dist', 'unit', ...new Set(Object.values(PARAMETERS).flat())],
      'a distribution',
    );
    return undefined;
  }
  r.rejectUnknown(['dist', ...PARAMETERS[dist], 'unit'], `${ARTICLE[dist]} ${dist} distribution`);
  const d = readParameters(r, dist);
  if (d === undefined) return undefined;
  return unit === undefined ? d : { ...d, unit };
}

function readParameters(r: ObjectReader, dist: DistributionKind): Distribution | undefined {
  switch (dist) {
    case 'fixed': {
      const value = r.constrained('value', 'nonNegative', true);
      return value === undefined ? undefined : { dist, value };
    }
    case 'uniform': {
      const min = r.constrained('min', 'nonNegative', true);
      const max = r.constrained('max', 'nonNegative', true);
      if (min === undefined || max === undefined) return undefined;
      if (min > max) return void r.c.report(r.at('min'), 'distribution.minAboveMax', { min, max });
      return { dist, min, max };
    }
    case 'triangular': {
      const min = r.constrained('min', 'nonNegative', true);
      const mode = r.constrained('mode', 'nonNegative', true);
      const max = r.constrained('max', 'nonNegative', true);
      if (min === undefined || mode === undefined || max === undefined) return undefined;
      if (min > max) return void r.c.report(r.at('min'), 'distribution.minAboveMax', { min, max });
      if (mode < min || mode > max) {
        return void r.c.report(r.at('mode'), 'distribution.modeOutside', { min, mode, max });
      }
      return { dist, min, mode, max };
    }
    case 'exponential': {
      const mean = r.constrained('mean', 'positive', true);
      return mean === undefined ? undefined : { dist, mean };
    }
    case 'normal':
    case 'lognormal': {
      const mean = r.constrained('mean', 'positive', true);
      const sd = r.constrained('sd', 'nonNegative', true);
      return mean === undefined || sd === undefined ? undefined : { dist, mean, sd };
    }
    case 'erlang': {
      const mean = r.constrained('mean', 'positive', true);
      const k = r.constrained('k', 'positiveInteger', true);
      return mean === undefined || k === undefined ? undefined : { dist, mean, k };
    }
  }
}
