import type { EventLog } from '../log/eventLog';
import { mean, median } from './median';

/** An arc of the directly-follows graph: how often `to` came right after `from`, and how long after. */
export interface FollowsArc {
  from: string;
  to: string;
  count: number;
  /** From the complete of `from` to the start (else complete) of `to`, minutes. */
  meanMinutes: number;
  medianMinutes: number;
}

/** The directly-follows graph of a log: activities with counts, arcs, start and end counts. */
export interface DirectlyFollowsGraph {
  activities: { name: string; count: number; cases: number }[];
  arcs: FollowsArc[];
  /** Cases starting / ending with each activity. */
  starts: Record<string, number>;
  ends: Record<string, number>;
}

/**
 * The directly-follows graph of `log` with frequencies and performance (mean and median time
 * between the two events). Arcs sorted by count, descending. Pure.
 */
export function directlyFollows(log: EventLog): DirectlyFollowsGraph {
  const counts = new Map<string, { count: number; cases: number }>();
  const arcs = new Map<string, { from: string; to: string; minutes: number[] }>();
  const starts: Record<string, number> = Object.create(null) as Record<string, number>;
  const ends: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const c of log.cases) {
    const seen = new Set<string>();
    c.events.forEach((e, i) => {
      let a = counts.get(e.activity);
      if (!a) counts.set(e.activity, (a = { count: 0, cases: 0 }));
      a.count++;
      if (!seen.has(e.activity)) {
        seen.add(e.activity);
        a.cases++;
      }
      if (i === 0) return;
      const prev = c.events[i - 1]!;
      const key = `${prev.activity}\u0000${e.activity}`;
      let arc = arcs.get(key);
      if (!arc) arcs.set(key, (arc = { from: prev.activity, to: e.activity, minutes: [] }));
      arc.minutes.push(Math.max(0, (e.start ?? e.complete) - prev.complete) / 60_000);
    });
    const first = c.events[0];
    const last = c.events[c.events.length - 1];
    if (first) starts[first.activity] = (starts[first.activity] ?? 0) + 1;
    if (last) ends[last.activity] = (ends[last.activity] ?? 0) + 1;
  }
  return {
    activities: [...counts]
      .map(([name, v]) => ({ name, ...v }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    arcs: [...arcs.values()]
      .map((a) => ({
        from: a.from,
        to: a.to,
        count: a.minutes.length,
        meanMinutes: mean(a.minutes),
        medianMinutes: median(a.minutes),
      }))
      .sort(
        (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
      ),
    starts,
    ends,
  };
}

/**
 * The graph with only the most frequent activities and arcs, like Disco's sliders: `activities`
 * and `paths` in 0..1 keep that share of activities (by count, at least one) and of the arcs
 * between the kept ones (at least every kept activity's most frequent incoming and outgoing arc,
 * so nothing is left unconnected). Pure.
 */
export function simplifyFollows(
  dfg: DirectlyFollowsGraph,
  activities: number,
  paths: number,
): DirectlyFollowsGraph {
  const keepN = Math.max(1, Math.ceil(dfg.activities.length * clamp(activities)));
  const kept = new Set(dfg.activities.slice(0, keepN).map((a) => a.name));
  const among = dfg.arcs.filter((a) => kept.has(a.from) && kept.has(a.to));
  const arcN = Math.ceil(among.length * clamp(paths));
  const chosen = new Set(among.slice(0, arcN));
  for (const name of kept) {
    const out = among.find((a) => a.from === name && a.to !== name);
    const into = among.find((a) => a.to === name && a.from !== name);
    if (out) chosen.add(out);
    if (into) chosen.add(into);
  }
  const pick = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => kept.has(k)));
  return {
    activities: dfg.activities.filter((a) => kept.has(a.name)),
    arcs: among.filter((a) => chosen.has(a)),
    starts: pick(dfg.starts),
    ends: pick(dfg.ends),
  };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(x) ? x : 1));
}
