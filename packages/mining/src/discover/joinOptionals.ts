import type { EventLog } from '../log/eventLog';
import type { ProcessTree } from './processTree';

/** The activities of a tree, its leaves. */
function activitiesOf(t: ProcessTree, into: Set<string> = new Set()): Set<string> {
  if (t.type === 'activity') into.add(t.name);
  else if (t.type !== 'tau') for (const c of t.children) activitiesOf(c, into);
  return into;
}

/** `X(body, tau)`: the body of an optional part, else undefined. */
function optionalBody(t: ProcessTree): ProcessTree | undefined {
  if (t.type !== 'xor' || t.children.length !== 2) return undefined;
  const [a, b] = t.children;
  if (b!.type === 'tau') return a;
  if (a!.type === 'tau') return b;
  return undefined;
}

/**
 * Optional parts next to each other in a sequence that every case does together or not at all
 * written as one optional part: `->(X(a, tau), X(b, tau))` becomes `X(->(a, b), tau)` when the
 * cases with an `a` are exactly the cases with a `b` (the inductive miner cannot tell them apart
 * from the directly-follows relation, and the two separate choices would let a simulation do one
 * without the other). Only outside loops, where a case passes each part at most once; the log
 * keeps fitting. Pure.
 */
export function joinOptionals(tree: ProcessTree, log: EventLog): ProcessTree {
  const casesOf = new Map<string, number[]>();
  log.cases.forEach((c, i) => {
    for (const e of c.events) {
      const list = casesOf.get(e.activity);
      if (!list) casesOf.set(e.activity, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const signature = (t: ProcessTree) => {
    const cases = new Set<number>();
    for (const a of activitiesOf(t)) for (const i of casesOf.get(a) ?? []) cases.add(i);
    return [...cases].sort((x, y) => x - y).join(',');
  };
  const walk = (t: ProcessTree): ProcessTree => {
    if (t.type === 'activity' || t.type === 'tau' || t.type === 'loop') return t;
    const children = t.children.map(walk);
    if (t.type !== 'sequence') return { ...t, children };
    const out: ProcessTree[] = [];
    for (const child of children) {
      const prev = out[out.length - 1];
      const body = optionalBody(child);
      const prevBody = prev && optionalBody(prev);
      if (body && prevBody && prev.type === 'xor' && signature(prevBody) === signature(body)) {
        const tau = prev.children.find((c) => c.type === 'tau')!;
        const joined: ProcessTree =
          prevBody.type === 'sequence'
            ? { ...prevBody, children: [...prevBody.children, body] }
            : { type: 'sequence', children: [prevBody, body], count: prevBody.count };
        out[out.length - 1] = { type: 'xor', children: [joined, tau], count: prev.count };
      } else out.push(child);
    }
    return out.length === 1 ? out[0]! : { ...t, children: out };
  };
  return walk(tree);
}
