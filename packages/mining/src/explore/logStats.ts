import type { EventLog } from '../log/eventLog';
import { directlyFollows, type DirectlyFollowsGraph } from './directlyFollows';
import { mean, median } from './median';
import { caseMinutes, variants, type Variant } from './variants';

/** The figures `flowsmith log-stats` prints. */
export interface LogStats {
  cases: number;
  events: number;
  activities: number;
  variants: number;
  resources: number;
  /** ISO timestamps of the first and last event; absent without timestamps. */
  from?: string;
  to?: string;
  hasStart: boolean;
  hasTime: boolean;
  caseMeanMinutes: number;
  caseMedianMinutes: number;
  /** The most frequent variants (at most `top`). */
  topVariants: Variant[];
  dfg: DirectlyFollowsGraph;
}

/** The overview of `log`: counts, time span, case durations, top variants and the DFG. Pure. */
export function logStats(log: EventLog, top = 10): LogStats {
  let events = 0;
  let first = Infinity;
  let last = -Infinity;
  const resources = new Set<string>();
  const minutes: number[] = [];
  for (const c of log.cases) {
    events += c.events.length;
    for (const e of c.events) {
      first = Math.min(first, e.start ?? e.complete);
      last = Math.max(last, e.complete);
      if (e.resource) resources.add(e.resource);
    }
    minutes.push(caseMinutes(c));
  }
  const all = variants(log);
  const dfg = directlyFollows(log);
  const timed = log.hasTime && Number.isFinite(first);
  return {
    cases: log.cases.length,
    events,
    activities: dfg.activities.length,
    variants: all.length,
    resources: resources.size,
    ...(timed ? { from: new Date(first).toISOString(), to: new Date(last).toISOString() } : {}),
    hasStart: log.hasStart,
    hasTime: log.hasTime,
    caseMeanMinutes: mean(minutes),
    caseMedianMinutes: median(minutes),
    topVariants: all.slice(0, top),
    dfg,
  };
}
