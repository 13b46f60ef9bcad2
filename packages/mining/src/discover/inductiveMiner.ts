import type { EventLog } from '../log/eventLog';
import { findCut } from './findCut';
import type { ProcessTree } from './processTree';
import { splitLog } from './splitLog';
import { addTrace, filterFollows, followsOf, type SubLog } from './SubLog';

/**
 * Discovers a process tree from `log` with the inductive miner, infrequent variant (IMf, Leemans
 * et al. 2013): base cases, then a cut of the directly-follows relation (exclusive choice,
 * sequence, parallel, loop), tried first on the whole relation and, when none fits and `noise` > 0,
 * on the relation without arcs rarer than `noise` times the most frequent one out of the same
 * activity; the log is split along the cut and each part mined again; when no cut fits, the
 * "flower" (any of the activities, any number of times). With noise 0 every trace of the log fits
 * the tree. Every activity appears once. Pure.
 */
export function inductiveMiner(log: EventLog, noise = 0.2): ProcessTree {
  const names: string[] = [];
  const number = new Map<string, number>();
  const sub: SubLog = { traces: [], counts: [] };
  const index = new Map<string, number>();
  for (const c of log.cases) {
    const trace = c.events.map((e) => {
      let n = number.get(e.activity);
      if (n === undefined) {
        number.set(e.activity, (n = names.length));
        names.push(e.activity);
      }
      return n;
    });
    addTrace(sub, index, trace, 1);
  }
  return mine(sub, Math.min(1, Math.max(0, noise)), names);
}

function total(log: SubLog): number {
  return log.counts.reduce((a, b) => a + b, 0);
}

function mine(log: SubLog, noise: number, names: string[]): ProcessTree {
  const all = total(log);
  let emptyCount = 0;
  const kept: SubLog = { traces: [], counts: [] };
  log.traces.forEach((t, i) => {
    if (t.length === 0) emptyCount += log.counts[i]!;
    else {
      kept.traces.push(t);
      kept.counts.push(log.counts[i]!);
    }
  });
  if (kept.traces.length === 0) return { type: 'tau', count: all };
  if (emptyCount > 0 && emptyCount >= noise * all) {
    const rest = mine(kept, noise, names);
    return { type: 'xor', count: all, children: [rest, { type: 'tau', count: emptyCount }] };
  }
  const count = total(kept);
  const f = followsOf(kept);
  if (f.activities.length === 1) {
    const leaf: ProcessTree = { type: 'activity', name: names[f.activities[0]!]!, count };
    if (kept.traces.every((t) => t.length === 1)) return leaf;
    const repeats = kept.traces.reduce((s, t, i) => s + (t.length - 1) * kept.counts[i]!, 0);
    return {
      type: 'loop',
      count,
      children: [
        { ...leaf, count: count + repeats },
        { type: 'tau', count: repeats },
      ],
    };
  }
  const cut = findCut(f) ?? (noise > 0 ? findCut(filterFollows(f, noise)) : undefined);
  if (cut) {
    const parts = splitLog(kept, cut);
    const children = parts.map((p) => mine(p, noise, names));
    const node: ProcessTree =
      cut.type === 'loop'
        ? { type: 'loop', count, children: [children[0]!, children[1]!] }
        : { type: cut.type, count, children };
    return node;
  }
  return flower(kept, f.activities, names, count);
}

/** Any of `activities`, in any order, any number of times: *(X(a, b, …), tau). */
function flower(log: SubLog, activities: number[], names: string[], count: number): ProcessTree {
  const per = new Map<number, number>();
  let events = 0;
  log.traces.forEach((t, i) => {
    for (const a of t) {
      per.set(a, (per.get(a) ?? 0) + log.counts[i]!);
      events += log.counts[i]!;
    }
  });
  return {
    type: 'loop',
    count,
    children: [
      {
        type: 'xor',
        count: events,
        children: activities.map((a) => ({
          type: 'activity',
          name: names[a]!,
          count: per.get(a) ?? 0,
        })),
      },
      { type: 'tau', count: events - count },
    ],
  };
}
