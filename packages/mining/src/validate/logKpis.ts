import type { ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { mean, median } from '../explore/median';

/** Mean times of one activity (minutes); a time the log cannot show is absent. */
export interface ActivityKpis {
  /** Executions. */
  count: number;
  /** Mean of start − ready: ready is the latest completion in the case before the start. */
  waitMean?: number;
  /** Mean of complete − start (start timestamps only). */
  touchMean?: number;
  /** Mean of complete − ready (the wait and the touch time together). */
  sojournMean?: number;
}

/** The busy time, capacity and utilisation of one role of the document. */
export interface RoleKpis {
  /** Minutes of work of the role's activities: touch time, or sojourn time without start times. */
  busyMinutes: number;
  capacity: number;
  /** busyMinutes ÷ (capacity × span minutes). */
  utilisation: number;
}

/** The key figures of a log, with the same definitions for a real and a simulated log. */
export interface LogKpis {
  cases: number;
  /** Case cycle time (first start, or first completion without start times, to last completion). */
  cycle: { mean: number; median: number; p90: number };
  /** From the first event to the last completion of the log, minutes. */
  spanMinutes: number;
  /** Cases per hour over the span. */
  throughputPerHour: number;
  hasStart: boolean;
  activities: Record<string, ActivityKpis>;
  /** By role id of the document: a task's activity is its name. */
  roles: Record<string, RoleKpis>;
}

/** The `q` quantile (0..1) of sorted `values`, interpolated; NaN when empty. Pure. */
export function quantileOf(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The key figures of `log`: cycle times (mean, median, p90), throughput over the log's span, per
 * activity the mean wait, touch and sojourn time, and per role of `doc` (a task's activity is its
 * name) busy time ÷ (capacity × span). Without start timestamps waits and touch times are absent
 * and roles are busy for the sojourn time (an upper bound). The wait before a case's first event
 * is not in any log and not counted. `minutesOf` gives, per activity, how to count the minutes
 * between two instants (e.g. the working minutes of its role's calendar, `workingMinutes`); by
 * default clock minutes. Cycle times are clock minutes. Pure.
 */
export function logKpis(
  log: EventLog,
  doc?: ProcessDocument,
  minutesOf?: (activity: string) => ((fromMs: number, toMs: number) => number) | undefined,
): LogKpis {
  const clock = (from: number, to: number) => (to - from) / 60_000;
  const minutesFor = new Map<string, (fromMs: number, toMs: number) => number>();
  const cycles: number[] = [];
  const acc = new Map<
    string,
    { count: number; wait: number[]; touch: number[]; sojourn: number[] }
  >();
  let first = Infinity;
  let last = -Infinity;
  for (const c of log.cases) {
    if (c.events.length === 0) continue;
    let caseFirst = Infinity;
    let caseLast = -Infinity;
    const completes: number[] = [];
    for (const e of c.events) {
      const begin = e.start ?? e.complete;
      caseFirst = Math.min(caseFirst, begin);
      caseLast = Math.max(caseLast, e.complete);
      let a = acc.get(e.activity);
      if (!a) acc.set(e.activity, (a = { count: 0, wait: [], touch: [], sojourn: [] }));
      a.count++;
      let minutes = minutesFor.get(e.activity);
      if (!minutes) minutesFor.set(e.activity, (minutes = minutesOf?.(e.activity) ?? clock));
      let ready = -Infinity;
      for (const t of completes) if (t <= begin && t > ready) ready = t;
      if (e.start !== undefined) a.touch.push(minutes(e.start, e.complete));
      if (ready > -Infinity) {
        if (e.start !== undefined) a.wait.push(minutes(ready, e.start));
        a.sojourn.push(minutes(ready, e.complete));
      }
      completes.push(e.complete);
    }
    cycles.push((caseLast - caseFirst) / 60_000);
    first = Math.min(first, caseFirst);
    last = Math.max(last, caseLast);
  }
  const span = Number.isFinite(first) ? (last - first) / 60_000 : 0;
  const activities: Record<string, ActivityKpis> = {};
  for (const [name, a] of acc) {
    activities[name] = {
      count: a.count,
      ...(a.wait.length ? { waitMean: mean(a.wait) } : {}),
      ...(a.touch.length ? { touchMean: mean(a.touch) } : {}),
      ...(a.sojourn.length ? { sojournMean: mean(a.sojourn) } : {}),
    };
  }
  const roles: Record<string, RoleKpis> = {};
  for (const role of doc?.roles ?? []) {
    let busy = 0;
    for (const s of doc!.steps) {
      if (s.type !== 'task' || s.role !== role.id) continue;
      const a = acc.get(s.name);
      if (!a) continue;
      for (const t of log.hasStart ? a.touch : a.sojourn) busy += t;
    }
    // A role with named people has their number as its capacity (the model's `members`).
    const capacity = role.members?.length ? role.members.length : (role.capacity ?? 1);
    roles[role.id] = {
      busyMinutes: busy,
      capacity,
      utilisation: span > 0 ? busy / (capacity * span) : 0,
    };
  }
  const sorted = [...cycles].sort((x, y) => x - y);
  return {
    cases: cycles.length,
    cycle: { mean: mean(cycles), median: median([...cycles]), p90: quantileOf(sorted, 0.9) },
    spanMinutes: span,
    throughputPerHour: span > 0 ? cycles.length / (span / 60) : 0,
    hasStart: log.hasStart,
    activities,
    roles,
  };
}
