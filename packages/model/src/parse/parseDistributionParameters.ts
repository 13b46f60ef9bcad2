import type { Distribution, DistributionKind, HistogramBin } from '../types/distribution';
import { childPath } from './jsonPath';
import { ObjectReader, kindOf } from './ObjectReader';

/**
 * Reads the parameters of a distribution of kind `dist` from reader `r` (the `dist` field itself,
 * `unit`, `shift` and `bounds` are the caller's); `undefined` when one is wrong (reported).
 */
export function readParameters(r: ObjectReader, dist: DistributionKind): Distribution | undefined {
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
    case 'gamma': {
      const shape = r.constrained('shape', 'positive', true);
      const scale = r.constrained('scale', 'positive', true);
      return shape === undefined || scale === undefined ? undefined : { dist, shape, scale };
    }
    case 'empirical':
      return readEmpirical(r);
    case 'histogram':
      return readHistogram(r);
  }
}

function readEmpirical(r: ObjectReader): Distribution | undefined {
  const values = numberList(r, 'values', true, false);
  const weights = r.has('weights') ? numberList(r, 'weights', false, true) : undefined;
  if (values === undefined || (r.has('weights') && weights === undefined)) return undefined;
  if (weights !== undefined) {
    if (weights.length !== values.length) {
      return void r.c.report(r.at('weights'), 'weights.length', {
        expected: values.length,
        actual: weights.length,
      });
    }
    if (!weights.some((w) => w > 0)) return void r.c.report(r.at('weights'), 'weights.allZero', {});
  }
  return { dist: 'empirical', values, ...(weights !== undefined && { weights }) };
}

function readHistogram(r: ObjectReader): Distribution | undefined {
  const items = r.list('bins', true);
  if (items === undefined) return undefined;
  if (items.length === 0) return void r.c.report(r.at('bins'), 'list.empty', {});
  const bins: HistogramBin[] = [];
  items.forEach((item, i) => {
    const b = ObjectReader.open(r.c, item, childPath(r.at('bins'), i));
    if (!b) return;
    b.rejectUnknown(['from', 'to', 'weight'], 'a histogram bin');
    const from = b.number('from', true);
    const to = b.number('to', true);
    const weight = b.constrained('weight', 'nonNegative', true);
    if (from === undefined || to === undefined || weight === undefined) return;
    if (from >= to) return void r.c.report(b.at('from'), 'bin.order', { from, to });
    bins.push({ from, to, weight });
  });
  if (bins.length !== items.length) return undefined;
  if (!bins.some((b) => b.weight > 0)) return void r.c.report(r.at('bins'), 'weights.allZero', {});
  return { dist: 'histogram', bins };
}

/** A non-empty list of finite numbers (≥ 0 when `nonNegative`); each wrong item is reported. */
function numberList(
  r: ObjectReader,
  key: string,
  required: boolean,
  nonNegative: boolean,
): number[] | undefined {
  const items = r.list(key, required);
  if (items === undefined) return undefined;
  if (items.length === 0) return void r.c.report(r.at(key), 'list.empty', {});
  let ok = true;
  items.forEach((item, i) => {
    const path = childPath(r.at(key), i);
    if (typeof item !== 'number') {
      r.c.report(path, 'field.type', { expected: 'number', actual: kindOf(item) });
    } else if (!Number.isFinite(item)) r.c.report(path, 'number.notFinite', {});
    else if (nonNegative && item < 0) r.c.report(path, 'number.nonNegative', { value: item });
    else return;
    ok = false;
  });
  return ok ? (items as number[]) : undefined;
}
