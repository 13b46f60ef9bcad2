import { DISTRIBUTION_PARAMETERS } from '@flowsmith/model';
import type { MessageCode } from '../messages';

// Widened so that any `dist` the input names can be looked up (with hasOwn first).
const PARAMS: Readonly<Record<string, readonly string[]>> = DISTRIBUTION_PARAMETERS;
/** Parameters that are lists rather than numbers. */
const LISTS = new Set(['values', 'weights', 'bins']);

/** The problem with a case-attribute spec (scenario `attributes`), or null when it is valid. Pure. */
export function validateAttribute(spec: unknown): MessageCode | null {
  if (typeof spec === 'string' || typeof spec === 'boolean') return null;
  if (typeof spec === 'number') return Number.isFinite(spec) ? null : 'scenario.attribute';
  if (!isRecord(spec)) return 'scenario.attribute';
  if ('choice' in spec) {
    const c = spec.choice;
    if (!isRecord(c)) return 'scenario.choice';
    return weightsOk(Object.values(c)) ? null : 'scenario.choice';
  }
  const names =
    typeof spec.dist === 'string' && Object.hasOwn(PARAMS, spec.dist)
      ? PARAMS[spec.dist]
      : undefined;
  if (!names) return 'scenario.attribute';
  for (const n of names) if (!LISTS.has(n) && !finite(spec[n])) return 'scenario.attribute';
  return distributionOk(spec) ? null : 'scenario.attribute';
}

/** The checks beyond "every number parameter is a finite number". */
function distributionOk(o: Record<string, unknown>): boolean {
  if (o.shift !== undefined && !finite(o.shift)) return false;
  if (o.bounds !== undefined) {
    const b = o.bounds;
    if (!isRecord(b) || Object.keys(b).some((k) => k !== 'min' && k !== 'max')) return false;
    if ((b.min !== undefined && !finite(b.min)) || (b.max !== undefined && !finite(b.max)))
      return false;
    if (finite(b.min) && finite(b.max) && b.min > b.max) return false;
  }
  switch (o.dist) {
    case 'erlang':
      return (o.k as number) >= 1;
    case 'uniform':
    case 'triangular':
      return (o.max as number) >= (o.min as number);
    case 'gamma':
      return (o.shape as number) > 0 && (o.scale as number) > 0;
    case 'empirical': {
      const { values, weights } = o;
      if (!Array.isArray(values) || values.length === 0 || !values.every(finite)) return false;
      if (weights === undefined) return true;
      return Array.isArray(weights) && weights.length === values.length && weightsOk(weights);
    }
    case 'histogram': {
      const bins = o.bins;
      if (!Array.isArray(bins) || bins.length === 0) return false;
      const ok = bins.every(
        (b) => isRecord(b) && finite(b.from) && finite(b.to) && b.from < b.to && finite(b.weight),
      );
      return ok && weightsOk(bins.map((b) => (b as { weight: number }).weight));
    }
    default:
      return true;
  }
}

/** Weights: finite, ≥ 0, with a positive sum. */
function weightsOk(weights: readonly unknown[]): boolean {
  if (!weights.every((w) => finite(w) && w >= 0)) return false;
  return (weights as number[]).reduce((a, b) => a + b, 0) > 0;
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
