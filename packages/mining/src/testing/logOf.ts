import type { EventLog } from '../log/eventLog';

/** A log of the given traces (one letter per activity), one minute between events; for tests. Pure. */
export function logOf(...traces: string[]): EventLog {
  return {
    cases: traces.map((t, i) => ({
      id: `c${i}`,
      attributes: {},
      events: [...t].map((a, k) => ({ activity: a, complete: k * 60_000 })),
    })),
    hasStart: false,
    hasRole: false,
    hasResource: false,
    hasTime: true,
  };
}
