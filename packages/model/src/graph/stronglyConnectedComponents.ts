import type { ProcessGraph } from './buildGraph';

/**
 * The strongly connected components of the step graph (Tarjan's algorithm, iterative so a
 * 5,000-step process cannot overflow the call stack). Pure and deterministic.
 *
 * Every step is in exactly one component. Components come in topological order of the
 * condensation (a component's flows only lead to itself or to later components); the steps of
 * each component are in document order. A step is in a loop when its component has more than
 * one step or it has a flow to itself.
 */
export function stronglyConnectedComponents(graph: ProcessGraph): string[][] {
  const n = graph.steps.length;
  const succ = graph.successorIndexes;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const tarjanStack: number[] = [];
  const callStack: number[] = [];
  const cursor: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    tarjanStack.push(root);
    onStack[root] = 1;
    callStack.push(root);
    cursor.push(0);
    while (callStack.length > 0) {
      const top = callStack.length - 1;
      const u = callStack[top]!;
      const v = succ[u]![cursor[top]!];
      if (v !== undefined) {
        cursor[top]!++;
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          tarjanStack.push(v);
          onStack[v] = 1;
          callStack.push(v);
          cursor.push(0);
        } else if (onStack[v]) {
          low[u] = Math.min(low[u]!, index[v]!);
        }
        continue;
      }
      // All successors of u done: "return" to the caller, passing low[u] up.
      callStack.pop();
      cursor.pop();
      if (callStack.length > 0) {
        const caller = callStack[callStack.length - 1]!;
        low[caller] = Math.min(low[caller]!, low[u]!);
      }
      if (low[u] === index[u]) {
        const component: number[] = [];
        let w: number;
        do {
          w = tarjanStack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== u);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  // Tarjan finishes components in reverse topological order.
  return components.reverse().map((c) => c.map((i) => graph.steps[i]!.id));
}
