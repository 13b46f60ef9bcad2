import type { EventLog } from '../log/eventLog';
import type { ProcessTree } from './processTree';

/** The activities of a tree, its leaves. Pure. */
export function activitiesOf(t: ProcessTree, into: Set<string> = new Set()): Set<string> {
  if (t.type === 'activity') into.add(t.name);
  else if (t.type !== 'tau') for (const c of t.children) activitiesOf(c, into);
  return into;
}

/** `X(body, tau)`: the body of an optional part, else undefined. Pure. */
export function optionalBody(t: ProcessTree): ProcessTree | undefined {
  if (t.type !== 'xor' || t.children.length !== 2) return undefined;
  const [a, b] = t.children;
  if (b!.type === 'tau') return a;
  if (a!.type === 'tau') return b;
  return undefined;
}

/**
 * The cases (indexes into `log.cases`) that do some activity of a (sub)tree: `casesOf(t)` is a
 * sorted array without repeats, memoised per activity. Pure.
 */
export function treeCases(log: EventLog): (t: ProcessTree) => number[] {
  const byActivity = new Map<string, number[]>();
  log.cases.forEach((c, i) => {
    for (const e of c.events) {
      const list = byActivity.get(e.activity);
      if (!list) byActivity.set(e.activity, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return (t) => {
    const names = [...activitiesOf(t)];
    if (names.length === 1) return byActivity.get(names[0]!) ?? [];
    const cases = new Set<number>();
    for (const a of names) for (const i of byActivity.get(a) ?? []) cases.add(i);
    return [...cases].sort((x, y) => x - y);
  };
}
