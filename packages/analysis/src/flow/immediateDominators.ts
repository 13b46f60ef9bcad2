/**
 * Immediate dominators of a graph with nodes 0..n−1 entered from a virtual root numbered n that
 * leads to `roots` (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"). Pure.
 * `next(x)` / `prev(x)` give a node's successors / predecessors. The result has n entries:
 * the immediate dominator, n for "only the root", -1 for a node the root cannot reach.
 */
export function immediateDominators(
  n: number,
  roots: readonly number[],
  next: (x: number) => readonly number[],
  prev: (x: number) => readonly number[],
): Int32Array {
  const root = n;
  const succ = (x: number): readonly number[] => (x === root ? roots : next(x));
  const rootSet = new Set(roots);
  const pred = (x: number): readonly number[] => (rootSet.has(x) ? [...prev(x), root] : prev(x));
  const order: number[] = [];
  const seen = new Uint8Array(n + 1);
  const stack: number[] = [root];
  const cursor: number[] = [0];
  seen[root] = 1;
  while (stack.length) {
    const top = stack.length - 1;
    const x = stack[top]!;
    const y = succ(x)[cursor[top]!];
    if (y === undefined) {
      order.push(x);
      stack.pop();
      cursor.pop();
      continue;
    }
    cursor[top]!++;
    if (!seen[y]) {
      seen[y] = 1;
      stack.push(y);
      cursor.push(0);
    }
  }
  const rpo = order.reverse();
  const position = new Int32Array(n + 1).fill(-1);
  rpo.forEach((x, k) => (position[x] = k));
  const idom = new Int32Array(n + 1).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (position[a]! > position[b]!) a = idom[a]!;
      while (position[b]! > position[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 1; k < rpo.length; k++) {
      const x = rpo[k]!;
      let dom = -1;
      for (const p of pred(x)) {
        if (idom[p] === -1 || position[p] === -1) continue;
        dom = dom === -1 ? p : intersect(p, dom);
      }
      if (dom !== -1 && idom[x] !== dom) {
        idom[x] = dom;
        changed = true;
      }
    }
  }
  return idom.subarray(0, n);
}
