import type { EventLog } from '../log/eventLog';
import type { ProcessTree } from './processTree';
import { optionalBody, treeCases } from './treeCases';

/**
 * Optional parts next to each other in a sequence that every case does together or not at all
 * written as one optional part: `->(X(a, tau), X(b, tau))` becomes `X(->(a, b), tau)` when the
 * cases with an `a` are exactly the cases with a `b` (the inductive miner cannot tell them apart
 * from the directly-follows relation, and the two separate choices would let a simulation do one
 * without the other). Only outside loops, where a case passes each part at most once; the log
 * keeps fitting. Pure.
 */
export function joinOptionals(tree: ProcessTree, log: EventLog): ProcessTree {
  const casesOf = treeCases(log);
  const signature = (t: ProcessTree) => casesOf(t).join(',');
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
