import {
  ARRIVAL_PERIODS,
  ARRIVAL_RULES,
  type Arrival,
  type ArrivalProfile,
  type ArrivalRate,
} from '../types/step';
import { childPath } from './jsonPath';
import { ObjectReader, kindOf } from './ObjectReader';
import { parseDistribution } from './parseDistribution';

/**
 * Reads a start step's `arrival`: exactly one of `interarrival` (a distribution) and `rate`
 * (`count` > 0 per hour/day/week), an optional `calendar`, `rule` (openTime/wallClock) and
 * `profile` (24 hour weights, 7 day weights; whether it meets the calendar is checked with the
 * whole document, `checkSimulationFields`).
 */
export function parseArrival(
  parent: ObjectReader,
  value: unknown,
  path: string,
): Arrival | undefined {
  const r = ObjectReader.open(parent.c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['interarrival', 'rate', 'calendar', 'rule', 'profile'], 'an arrival');
  if (r.has('interarrival') && r.has('rate')) r.c.report(path, 'arrival.both', {});
  const calendar = r.reference('calendar', 'calendar');
  const rule = r.oneOf('rule', ARRIVAL_RULES);
  const profile = r.has('profile') ? parseProfile(r) : undefined;
  const cal = {
    ...(calendar !== undefined && { calendar }),
    ...(rule !== undefined && { rule }),
    ...(profile !== undefined && { profile }),
  };
  if (r.has('rate') && !r.has('interarrival')) {
    const rate = parseRate(r, r.raw('rate'), r.at('rate'));
    return rate ? { rate, ...cal } : undefined;
  }
  const interarrival = r.has('interarrival')
    ? parseDistribution(r.c, r.raw('interarrival'), r.at('interarrival'))
    : void r.c.report(path, 'field.required', { field: 'interarrival' });
  if (interarrival === undefined) return undefined;
  return { interarrival, ...cal };
}

/** `hours` 24 weights and `days` 7 weights, each ≥ 0 with one > 0; either may be left out. */
function parseProfile(parent: ObjectReader): ArrivalProfile | undefined {
  const r = ObjectReader.open(parent.c, parent.raw('profile'), parent.at('profile'));
  if (!r) return undefined;
  r.rejectUnknown(['hours', 'days'], 'an arrival profile');
  const hours = weightList(r, 'hours', 24);
  const days = weightList(r, 'days', 7);
  return {
    ...(hours !== undefined && { hours }),
    ...(days !== undefined && { days }),
  };
}

function weightList(r: ObjectReader, key: string, length: number): number[] | undefined {
  const items = r.list(key);
  if (items === undefined) return undefined;
  const path = r.at(key);
  if (items.length !== length) {
    return void r.c.report(path, 'weights.length', { expected: length, actual: items.length });
  }
  let ok = true;
  items.forEach((w, i) => {
    const at = childPath(path, i);
    if (typeof w !== 'number')
      r.c.report(at, 'field.type', { expected: 'number', actual: kindOf(w) });
    else if (!Number.isFinite(w)) r.c.report(at, 'number.notFinite', {});
    else if (w < 0) r.c.report(at, 'number.nonNegative', { value: w });
    else return;
    ok = false;
  });
  if (!ok) return undefined;
  const weights = items as number[];
  if (!weights.some((w) => w > 0)) return void r.c.report(path, 'weights.allZero', {});
  return weights;
}

function parseRate(parent: ObjectReader, value: unknown, path: string): ArrivalRate | undefined {
  const r = ObjectReader.open(parent.c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['count', 'per'], 'an arrival rate');
  const count = r.constrained('count', 'positive', true);
  const per = r.oneOf('per', ARRIVAL_PERIODS, true);
  return count === undefined || per === undefined ? undefined : { count, per };
}
