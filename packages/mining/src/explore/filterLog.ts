import type { AttributeValue, EventLog, LogCase } from '../log/eventLog';
import { variantKey } from './variants';

/** Which cases to keep; every given criterion must hold. */
export interface LogFilter {
  /** Keep cases that lie within (`contained`, default) or touch (`intersecting`) this window, ms since 1970. */
  from?: number;
  to?: number;
  window?: 'contained' | 'intersecting';
  /** Keep cases whose variant is one of these activity sequences. */
  variants?: readonly (readonly string[])[];
  /** Keep cases whose attribute `key` equals one of `values`. */
  attribute?: { key: string; values: readonly AttributeValue[] };
  /** Keep cases starting / ending with one of these activities. */
  startActivities?: readonly string[];
  endActivities?: readonly string[];
}

/** The log with only the cases `filter` keeps (the cases themselves are shared, not copied). Pure. */
export function filterLog(log: EventLog, filter: LogFilter): EventLog {
  const variantSet = filter.variants && new Set(filter.variants.map((v) => v.join('\u0000')));
  const keep = (c: LogCase): boolean => {
    if (c.events.length === 0) return false;
    if (filter.from !== undefined || filter.to !== undefined) {
      const first = Math.min(...c.events.map((e) => e.start ?? e.complete));
      const last = Math.max(...c.events.map((e) => e.complete));
      const from = filter.from ?? -Infinity;
      const to = filter.to ?? Infinity;
      const inside =
        filter.window === 'intersecting'
          ? last >= from && first <= to
          : first >= from && last <= to;
      if (!inside) return false;
    }
    if (variantSet && !variantSet.has(variantKey(c))) return false;
    if (filter.attribute) {
      const v = Object.prototype.hasOwnProperty.call(c.attributes, filter.attribute.key)
        ? c.attributes[filter.attribute.key]
        : undefined;
      if (v === undefined || !filter.attribute.values.includes(v)) return false;
    }
    if (filter.startActivities && !filter.startActivities.includes(c.events[0]!.activity))
      return false;
    if (
      filter.endActivities &&
      !filter.endActivities.includes(c.events[c.events.length - 1]!.activity)
    )
      return false;
    return true;
  };
  return { ...log, cases: log.cases.filter(keep) };
}
