import type { EventLog, LogCase } from '../log/eventLog';
import { mean, median } from './median';

/** A variant: a sequence of activities and the cases that follow it. */
export interface Variant {
  activities: string[];
  /** Number of cases. */
  count: number;
  /** Share of all cases (0..1). */
  share: number;
  /** Case duration (first start or complete to last complete), minutes. */
  meanMinutes: number;
  medianMinutes: number;
  /** Ids of the cases (at most 20). */
  sampleCases: string[];
}

/** The key of a case's variant: its activities joined by a separator no name contains. */
export function variantKey(c: LogCase): string {
  return c.events.map((e) => e.activity).join('\u0000');
}

/** The case duration in minutes: from the first start (or complete) to the last complete. Pure. */
export function caseMinutes(c: LogCase): number {
  let first = Infinity;
  let last = -Infinity;
  for (const e of c.events) {
    first = Math.min(first, e.start ?? e.complete);
    last = Math.max(last, e.complete);
  }
  return c.events.length ? (last - first) / 60_000 : 0;
}

/** The variants of `log`, most frequent first (ties: by first activity names). Pure. */
export function variants(log: EventLog): Variant[] {
  const groups = new Map<string, { cases: LogCase[]; minutes: number[] }>();
  for (const c of log.cases) {
    const key = variantKey(c);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cases: [], minutes: [] }));
    g.cases.push(c);
    g.minutes.push(caseMinutes(c));
  }
  const total = log.cases.length;
  return [...groups.values()]
    .map((g) => ({
      activities: g.cases[0]!.events.map((e) => e.activity),
      count: g.cases.length,
      share: g.cases.length / total,
      meanMinutes: mean(g.minutes),
      medianMinutes: median(g.minutes),
      sampleCases: g.cases.slice(0, 20).map((c) => c.id),
    }))
    .sort(
      (a, b) => b.count - a.count || a.activities.join('\n').localeCompare(b.activities.join('\n')),
    );
}
