import { DISTRIBUTION_PARAMETERS } from '@flowsmith/model';
import type { MessageCode } from '../messages';

// Widened so that any `dist` the input names can be looked up (with hasOwn first).
const PARAMS: Readonly<Record<string, readonly string[]>> = DISTRIBUTION_PARAMETERS;

/** The problem with a case-attribute spec (scenario `attributes`), or null when it is valid. Pure. */
export function validateAttribute(spec: unknown): MessageCode | null {
  if (typeof spec === 'string' || typeof spec === 'boolean') return null;
  if (typeof spec === 'number') return Number.isFinite(spec) ? null : 'scenario.attribute';
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return 'scenario.attribute';
  const o = spec as Record<string, unknown>;
  if ('choice' in o) {
    const c = o.choice;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return 'scenario.choice';
    const weights = Object.values(c as Record<string, unknown>);
    if (weights.some((w) => typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)))
      return 'scenario.choice';
    return (weights as number[]).reduce((a, b) => a + b, 0) > 0 ? null : 'scenario.choice';
  }
  const names =
    typeof o.dist === 'string' && Object.hasOwn(PARAMS, o.dist) ? PARAMS[o.dist] : undefined;
  if (!names) return 'scenario.attribute';
  for (const n of names)
    if (typeof o[n] !== 'number' || !Number.isFinite(o[n])) return 'scenario.attribute';
  if (o.dist === 'erlang' && !((o.k as number) >= 1)) return 'scenario.attribute';
  if ((o.dist === 'uniform' || o.dist === 'triangular') && (o.max as number) < (o.min as number))
    return 'scenario.attribute';
  return null;
}
