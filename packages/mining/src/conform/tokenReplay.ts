import type { ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { variants } from '../explore/variants';
import { replayNet, type ReplayNet } from './replayNet';
import { enabled, enabledLabels, fireOn, silentPath } from './silentSearch';

/** A kind of deviation: a step done without what should come before it, one the case went past, an activity the map does not have. */
export type DeviationKind = 'skipped' | 'outOfOrder' | 'notInMap';

/** A deviation found by replay: where (step id, or the log's activity when not in the map), what, in how many cases. */
export interface Deviation {
  kind: DeviationKind;
  step?: string;
  activity: string;
  cases: number;
}

/** What replaying a log on a process gives. */
export interface Conformance {
  /** Token-based fitness, 0..1: ½(1 − missing/consumed) + ½(1 − remaining/produced). */
  fitness: number;
  /** Escaping-edges precision, 0..1: 1 − (activities the map allowed but the log never did next) / (activities it allowed), over every prefix. */
  precision: number;
  cases: number;
  /** Cases replayed without a missing or remaining token. */
  fittingCases: number;
  deviations: Deviation[];
}

/**
 * Replays `log` on `doc` with tokens (Rozinat & van der Aalst): each event fires the task of the
 * same name, after the silent moves (gateways) that enable it when there are some, else with the
 * missing tokens added; tokens left at the end are remaining. Variants are replayed once and
 * weighted. Events match tasks by name, or by step id when no task has that name. Deviations by step: an event that needed missing tokens is `outOfOrder` when a task
 * that would have produced them comes later in the case, else those tasks are `skipped`; the one task
 * a token left at the end was waiting for is `skipped`; an activity with no task is `notInMap`;
 * a timer is replayed like a task when the log records it (by name or id: a simulation's log,
 * a wait discovery found), else it fires silently. Pure.
 */
export function tokenReplay(doc: ProcessDocument, log: EventLog): Conformance {
  const all = variants(log);
  const net = replayNet(doc, new Set(all.flatMap((v) => v.activities)));
  const producers = producersOf(net);
  let missing = 0,
    consumed = 0,
    remaining = 0,
    produced = 0,
    fitting = 0;
  const deviations = new Map<string, Deviation>();
  const deviate = (kind: DeviationKind, activity: string, step: string | undefined, n: number) => {
    const key = `${kind}\u0000${step ?? ''}\u0000${activity}`;
    const d = deviations.get(key);
    if (d) d.cases += n;
    else deviations.set(key, { kind, activity, cases: n, ...(step ? { step } : {}) });
  };
  // Block-structured maps reach few markings: the silent searches are cached by marking.
  const cache = new Map<string, number[] | null>();
  const cached = (key: string, search: () => number[] | undefined): number[] | undefined => {
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = search() ?? null));
    return hit ?? undefined;
  };
  const labelCache = new Map<string, Set<string>>();
  const allowedAt = (m: number[]): Set<string> => {
    const key = m.join(',');
    let hit = labelCache.get(key);
    if (!hit) labelCache.set(key, (hit = enabledLabels(net, m)));
    return hit;
  };
  const prefixes = new Map<string, { allowed: Set<string>; seen: Set<string>; count: number }>();
  for (const v of all) {
    const n = v.count;
    // An event names a task by its name, or by its step id when no task has that name.
    v.activities = v.activities.map((a) => (net.byLabel.has(a) ? a : (net.nameOfId.get(a) ?? a)));
    let m = [...net.initial];
    let p = m.reduce((a, b) => a + b, 0),
      c = 0,
      miss = 0;
    const flagged = new Set<string>();
    const flag = (kind: DeviationKind, activity: string, step?: string) => {
      const key = `${kind}\u0000${step ?? ''}\u0000${activity}`;
      if (!flagged.has(key)) {
        flagged.add(key);
        deviate(kind, activity, step, n);
      }
    };
    v.activities.forEach((activity, i) => {
      const prefix = v.activities.slice(0, i).join('\u0000');
      let entry = prefixes.get(prefix);
      if (!entry)
        prefixes.set(prefix, (entry = { allowed: allowedAt(m), seen: new Set(), count: 0 }));
      entry.seen.add(activity);
      entry.count += n;
      const candidates = net.byLabel.get(activity);
      if (!candidates) return flag('notInMap', activity);
      const path = cached(`${m.join(',')}|${activity}`, () =>
        silentPath(net, m, (x) => candidates.some((t) => enabled(x, net.transitions[t]!.inputs))),
      );
      if (path) {
        for (const t of path) {
          c += net.transitions[t]!.inputs.length;
          p += net.transitions[t]!.outputs.length;
          m = fireOn(net, m, t);
        }
      }
      let t = candidates.find((x) => enabled(m, net.transitions[x]!.inputs));
      if (t === undefined) {
        t = candidates[0]!;
        const lacking = net.transitions[t]!.inputs.filter((pl) => m[pl]! === 0);
        miss += lacking.length;
        for (const pl of lacking) m[pl]!++;
        const before = new Set(lacking.flatMap((pl) => producers[pl]!));
        const later = new Set(v.activities.slice(i + 1));
        if ([...before].some((a) => later.has(a)))
          flag('outOfOrder', activity, net.stepOf.get(activity));
        else for (const a of before) flag('skipped', a, net.stepOf.get(a));
      }
      c += net.transitions[t]!.inputs.length;
      p += net.transitions[t]!.outputs.length;
      m = fireOn(net, m, t);
    });
    const finish = cached(`${m.join(',')}|`, () =>
      silentPath(net, m, (x) => x.every((k) => k === 0), true),
    );
    for (const t of finish ?? []) {
      c += net.transitions[t]!.inputs.length;
      p += net.transitions[t]!.outputs.length;
      m = fireOn(net, m, t);
    }
    const rest = m.reduce((a, b) => a + b, 0);
    if (rest > 0)
      m.forEach((k, pl) => {
        if (k === 0) return;
        // A token left before a choice says nothing about which option was skipped.
        const next = consumersOf(net, pl);
        if (next.length === 1) flag('skipped', next[0]!, net.stepOf.get(next[0]!));
      });
    missing += miss * n;
    consumed += c * n;
    remaining += rest * n;
    produced += p * n;
    if (miss === 0 && rest === 0) fitting += n;
  }
  let allowed = 0,
    escaping = 0;
  for (const e of prefixes.values()) {
    allowed += e.allowed.size * e.count;
    for (const a of e.allowed) if (!e.seen.has(a)) escaping += e.count;
  }
  const part = (x: number, of: number) => (of > 0 ? 1 - x / of : 1);
  return {
    fitness: 0.5 * part(missing, consumed) + 0.5 * part(remaining, produced),
    precision: part(escaping, allowed),
    cases: log.cases.length,
    fittingCases: fitting,
    deviations: [...deviations.values()].sort(
      (a, b) => b.cases - a.cases || a.activity.localeCompare(b.activity),
    ),
  };
}

/** For each place, the task names that put a token on it, looking back through silent moves. */
function producersOf(net: ReplayNet): string[][] {
  return net.places.map((_, pl) => labelsThroughSilent(net, pl, 'back'));
}

/** The task names that would take a token from place `pl`, looking forward through silent moves. */
function consumersOf(net: ReplayNet, pl: number): string[] {
  return labelsThroughSilent(net, pl, 'forward');
}

/**
 * The labelled transitions next to place `pl` — those that take from it (`forward`) or put on it
 * (`back`) — reached through any chain of silent transitions. Pure.
 */
function labelsThroughSilent(net: ReplayNet, pl: number, way: 'forward' | 'back'): string[] {
  const names = new Set<string>();
  const seen = new Set<number>([pl]);
  const stack = [pl];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const t of net.transitions) {
      const [near, far] = way === 'forward' ? [t.inputs, t.outputs] : [t.outputs, t.inputs];
      if (!near.includes(cur)) continue;
      if (t.label !== undefined) names.add(t.label);
      else
        for (const p of far)
          if (!seen.has(p)) {
            seen.add(p);
            stack.push(p);
          }
    }
  }
  return [...names];
}
