/** A multiset of traces over activity numbers: `traces[i]` happened `counts[i]` times. */
export interface SubLog {
  traces: number[][];
  counts: number[];
}

/** The directly-follows relation of a sub-log, with start and end counts. */
export interface Follows {
  activities: number[];
  /** `edges.get(a)?.get(b)`: how often b directly followed a. */
  edges: Map<number, Map<number, number>>;
  starts: Map<number, number>;
  ends: Map<number, number>;
}

/** Adds `count` traces `trace` to `log`, merging equal ones. */
export function addTrace(
  log: SubLog,
  index: Map<string, number>,
  trace: number[],
  count: number,
): void {
  const key = trace.join(',');
  const at = index.get(key);
  if (at === undefined) {
    index.set(key, log.traces.length);
    log.traces.push(trace);
    log.counts.push(count);
  } else log.counts[at]! += count;
}

/** The directly-follows relation of `log`. Pure. */
export function followsOf(log: SubLog): Follows {
  const acts = new Set<number>();
  const edges = new Map<number, Map<number, number>>();
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  log.traces.forEach((t, i) => {
    const n = log.counts[i]!;
    if (t.length === 0) return;
    starts.set(t[0]!, (starts.get(t[0]!) ?? 0) + n);
    ends.set(t[t.length - 1]!, (ends.get(t[t.length - 1]!) ?? 0) + n);
    for (let k = 0; k < t.length; k++) {
      acts.add(t[k]!);
      if (k === 0) continue;
      let out = edges.get(t[k - 1]!);
      if (!out) edges.set(t[k - 1]!, (out = new Map()));
      out.set(t[k]!, (out.get(t[k]!) ?? 0) + n);
    }
  });
  return { activities: [...acts].sort((a, b) => a - b), edges, starts, ends };
}

/**
 * The relation without its infrequent parts (IMf): an arc a→b is dropped when it is rarer than
 * `noise` times the most frequent way out of a (an arc, or ending the trace) or into b (an arc, or
 * starting the trace) — counting the end and start too keeps a noisy event after the usual last
 * activity from surviving; start and end activities rarer than `noise` times the most frequent one
 * are dropped too. Pure.
 */
export function filterFollows(f: Follows, noise: number): Follows {
  const outMax = new Map<number, number>();
  const inMax = new Map<number, number>();
  for (const a of f.activities) {
    outMax.set(a, f.ends.get(a) ?? 0);
    inMax.set(a, f.starts.get(a) ?? 0);
  }
  for (const [a, out] of f.edges)
    for (const [b, n] of out) {
      outMax.set(a, Math.max(outMax.get(a) ?? 0, n));
      inMax.set(b, Math.max(inMax.get(b) ?? 0, n));
    }
  const edges = new Map<number, Map<number, number>>();
  for (const [a, out] of f.edges) {
    const kept = new Map(
      [...out].filter(([b, n]) => n >= noise * outMax.get(a)! && n >= noise * inMax.get(b)!),
    );
    if (kept.size) edges.set(a, kept);
  }
  const keep = (m: Map<number, number>) => {
    const max = Math.max(0, ...m.values());
    return new Map([...m].filter(([, n]) => n >= noise * max));
  };
  return { activities: f.activities, edges, starts: keep(f.starts), ends: keep(f.ends) };
}

/** Whether b directly follows a in `f`. */
export function follows(f: Follows, a: number, b: number): boolean {
  return (f.edges.get(a)?.get(b) ?? 0) > 0;
}
