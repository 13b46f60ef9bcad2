import type { Flow } from '../types/flow';
import type { ProcessGraph } from './buildGraph';

/** A topological order of the steps and the flows it had to ignore to get one. */
export interface TopologicalOrder {
  /** Every step id exactly once; for every flow not in `backEdges`, `from` comes before `to`. */
  order: string[];
  /** The flows that close loops (DFS back edges), in document order; empty for an acyclic process. */
  backEdges: Flow[];
}

/**
 * Orders the steps so that flows point forward, treating loops by ignoring their back edges.
 * Pure and deterministic: a depth-first search from the start steps (then from any step not yet
 * seen), both in document order, marks as back edges the flows into a step still on the search
 * stack; the remaining acyclic graph is then ordered by Kahn's algorithm, taking among the
 * ready steps the one earliest in the document. Iterative, O((steps + flows) log steps).
 */
export function topologicalOrder(graph: ProcessGraph): TopologicalOrder {
  const n = graph.steps.length;
  const succ = graph.successorIndexes;
  const back = findBackPairs(graph);
  const indegree = new Int32Array(n);
  for (let u = 0; u < n; u++) for (const v of succ[u]!) if (!back.has(u * n + v)) indegree[v]!++;
  const ready = new MinHeap();
  for (let u = 0; u < n; u++) if (indegree[u] === 0) ready.push(u);
  const order: string[] = [];
  while (ready.size > 0) {
    const u = ready.pop();
    order.push(graph.steps[u]!.id);
    for (const v of succ[u]!) {
      if (back.has(u * n + v)) continue;
      if (--indegree[v]! === 0) ready.push(v);
    }
  }
  const backEdges = graph.flows.filter((f) => {
    const u = graph.indexOf(f.from);
    const v = graph.indexOf(f.to);
    return u >= 0 && v >= 0 && back.has(u * n + v);
  });
  return { order, backEdges };
}

/** Step pairs `u * n + v` whose flows are DFS back edges (self-loops included). */
function findBackPairs(graph: ProcessGraph): Set<number> {
  const n = graph.steps.length;
  const succ = graph.successorIndexes;
  const state = new Uint8Array(n); // 0 unseen, 1 on the stack, 2 done
  const back = new Set<number>();
  const stack: number[] = [];
  const cursor: number[] = [];
  const roots: number[] = [];
  graph.steps.forEach((s, i) => s.type === 'start' && roots.push(i));
  for (let i = 0; i < n; i++) roots.push(i);
  for (const root of roots) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    stack.push(root);
    cursor.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const u = stack[top]!;
      const next = succ[u]![cursor[top]!];
      if (next === undefined) {
        state[u] = 2;
        stack.pop();
        cursor.pop();
        continue;
      }
      cursor[top]!++;
      if (state[next] === 1) back.add(u * n + next);
      else if (state[next] === 0) {
        state[next] = 1;
        stack.push(next);
        cursor.push(0);
      }
    }
  }
  return back;
}

/** A binary min-heap of step indexes: the ready step earliest in the document comes first. */
class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= value) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = value;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]! < a[l]! ? r : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
