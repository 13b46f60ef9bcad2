import type { ProcessTree } from './processTree';

/**
 * The same behaviour, written smaller: silent steps dropped from sequences and parallels, the
 * silent options of a choice merged into one (none when no trace took them), nested operators of
 * the same kind flattened (not loops), and an operator with one child replaced by it. Pure.
 */
export function simplifyTree(t: ProcessTree): ProcessTree {
  if (t.type === 'activity' || t.type === 'tau') return t;
  if (t.type === 'loop')
    return { ...t, children: [simplifyTree(t.children[0]), simplifyTree(t.children[1])] };
  let children: ProcessTree[] = [];
  for (const c of t.children.map(simplifyTree)) {
    if (c.type === t.type) children.push(...(c as { children: ProcessTree[] }).children);
    else children.push(c);
  }
  if (t.type === 'xor') {
    const silent = children.filter((c) => c.type === 'tau').reduce((s, c) => s + c.count, 0);
    children = children.filter((c) => c.type !== 'tau' && c.count > 0);
    if (silent > 0) children.push({ type: 'tau', count: silent });
  } else {
    children = children.filter((c) => c.type !== 'tau');
  }
  if (children.length === 0) return { type: 'tau', count: t.count };
  if (children.length === 1) return children[0]!;
  return { ...t, children };
}
