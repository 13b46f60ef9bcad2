import type { EventLog } from '../log/eventLog';

/** Executions of one activity that started at the same instant: one batch, if batched. */
export interface BatchGroup {
  /** When they started (ms since 1970). */
  start: number;
  /** When the last of them completed (ms). */
  end: number;
  /** How many cases. */
  size: number;
  /** Whether every case completed at the same instant (one piece of work). */
  together: boolean;
  /** When each case became ready (its previous completion, ms), those known, ascending. */
  ready: number[];
}

/** The start instants of one activity, grouped, with what the chance test needs. */
export interface ActivityGroups {
  activity: string;
  executions: number;
  /** The groups in order of start (only when the coincident share reached the minimum asked). */
  groups: BatchGroup[];
  /** The timestamps' resolution (ms): 1 day, 1 h, 30, 15, 10, 5, 1 min, 1 s or 1 ms. */
  resolution: number;
  /** Share of executions that share their start instant with another. */
  coincident: number;
  /** Share of executions whose start instant's neighbour (± one resolution step) holds another. */
  neighbouring: number;
}

const UNITS = [86_400_000, 3_600_000, 1_800_000, 900_000, 600_000, 300_000, 60_000, 1000, 1];

/**
 * The timestamps' resolution: the largest unit at which ≥ 90 % of `instants` fall on the
 * same point of the unit (a whole multiple, or one offset: days written in a zone east of UTC
 * fall on the same hour of the UTC day); times typed to the quarter hour give 15 min, machine
 * times 1 ms. Pure.
 */
export function timestampResolution(instants: readonly number[]): number {
  for (const u of UNITS) {
    const residues = new Map<number, number>();
    let most = 0;
    let seen = 0;
    for (const t of instants) {
      const r = ((t % u) + u) % u;
      const k = (residues.get(r) ?? 0) + 1;
      residues.set(r, k);
      if (k > most) most = k;
      if (++seen - most > 0.1 * instants.length) break; // 90 % out of reach
    }
    if (instants.length > 0 && most >= 0.9 * instants.length) return u;
  }
  return 1;
}

/**
 * Per activity of `log` (start timestamps, else complete): the share of its executions that
 * coincide with another at the same start instant, and the share that has another one
 * resolution step before or after — by chance these are alike (a Poisson stream of density λ
 * per step gives 1 − e^−λ and 1 − e^−2λ), for batches the first is far larger. Activities whose
 * coincident share reaches `minCoincident` also get their groups: size, last completion,
 * whether all completed together, and each case's ready time (the latest completion of the
 * case's other events at or before that start). Pure.
 */
export function batchGroups(log: EventLog, minCoincident: number): ActivityGroups[] {
  const starts = new Map<string, number[]>();
  for (const c of log.cases)
    for (const e of c.events) {
      const list = starts.get(e.activity);
      if (list) list.push(e.start ?? e.complete);
      else starts.set(e.activity, [e.start ?? e.complete]);
    }
  const out = new Map<string, ActivityGroups>();
  for (const [activity, list] of starts) {
    const sorted = Float64Array.from(list).sort();
    const n = sorted.length;
    // Distinct instants, ascending, with how many executions start at each.
    const instants: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < n; i++)
      if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]!++;
      else {
        instants.push(sorted[i]!);
        counts.push(1);
      }
    const resolution = timestampResolution(instants);
    let coincident = 0;
    let neighbouring = 0;
    for (let i = 0; i < instants.length; i++) {
      const k = counts[i]!;
      if (k >= 2) coincident += k;
      const t = instants[i]!;
      if (instants[i - 1] === t - resolution || instants[i + 1] === t + resolution)
        neighbouring += k;
    }
    out.set(activity, {
      activity,
      executions: n,
      groups: [],
      resolution,
      coincident: coincident / n,
      neighbouring: neighbouring / n,
    });
  }
  const grouped = new Map<string, Map<number, BatchGroup>>();
  for (const [activity, a] of out)
    if (a.coincident >= minCoincident) grouped.set(activity, new Map());
  if (grouped.size)
    for (const c of log.cases)
      for (const e of c.events) {
        const byStart = grouped.get(e.activity);
        if (!byStart) continue;
        const t = e.start ?? e.complete;
        let ready = -Infinity;
        for (const o of c.events)
          if (o !== e && o.complete <= t && o.complete > ready) ready = o.complete;
        const g = byStart.get(t);
        if (g) {
          g.size++;
          if (e.complete !== g.end) g.together = false;
          g.end = Math.max(g.end, e.complete);
          if (ready > -Infinity) g.ready.push(ready);
        } else
          byStart.set(t, {
            start: t,
            end: e.complete,
            size: 1,
            together: true,
            ready: ready > -Infinity ? [ready] : [],
          });
      }
  for (const [activity, byStart] of grouped) {
    for (const g of byStart.values()) g.ready.sort((x, y) => x - y);
    out.get(activity)!.groups = [...byStart.values()].sort((x, y) => x.start - y.start);
  }
  return [...out.values()];
}
