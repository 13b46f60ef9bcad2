import type { Flow, ProcessGraph } from '@flowsmith/model';

/** How the branches of a split meet (SPEC.md CM-AND): their join, and which branches meet first. */
export interface JoinPlan {
  /** The and-join that closes the split, or `null` when the branches finish at end steps. */
  join: string | null;
  /**
   * The branches, in the split's order. A group of several flows meets at `innerJoin` first
   * (restructured as a nested parallel state) and goes on from there as one branch.
   */
  branches: Array<{ flows: Flow[]; innerJoin?: string }>;
}

/**
 * How the parallel branches `flows` leaving `splitId` meet (SPEC.md CM-AND). Pure.
 *
 * The join is the nearest and-gateway (breadth first) that every branch reaches and that has as
 * many incoming flows as there are branches. Without one, branches that first meet at an inner
 * and-join with exactly their number of incoming flows are grouped (a join of joins, CM-AND-BLOCK),
 * and the join is looked for again with the group as one branch. Whether the branches really form
 * blocks is checked when their regions are built.
 */
export function planJoin(graph: ProcessGraph, splitId: string, flows: readonly Flow[]): JoinPlan {
  const reach = new Map(flows.map((f) => [f, reachability(graph, f.to)]));
  const join = nearestJoin(
    graph,
    splitId,
    flows.map((f) => f.to),
    flows.length,
  );
  if (join !== null || flows.length < 3)
    return { join, branches: flows.map((f) => ({ flows: [f] })) };
  for (const step of graph.steps) {
    const need = graph.incoming(step.id).length;
    if (step.type !== 'and' || step.id === splitId || need < 2 || need >= flows.length) continue;
    const group = flows.filter((f) => reach.get(f)!(step.id));
    if (group.length !== need) continue;
    const rest = flows.filter((f) => !group.includes(f));
    const outer = nearestJoin(
      graph,
      splitId,
      [...rest.map((f) => f.to), step.id],
      rest.length + 1,
      step.id,
    );
    const branches: JoinPlan['branches'] = flows
      .filter((f) => rest.includes(f) || f === group[0])
      .map((f) => (f === group[0] ? { flows: group, innerJoin: step.id } : { flows: [f] }));
    return { join: outer, branches };
  }
  return { join: null, branches: flows.map((f) => ({ flows: [f] })) };
}

/** The nearest and-step with `count` incoming flows that every entry reaches, or null. */
function nearestJoin(
  graph: ProcessGraph,
  splitId: string,
  entries: readonly string[],
  count: number,
  exclude?: string,
): string | null {
  // Reachability is asked only of candidates and searched only as far as needed (issue 14: a
  // full reachable set per entry of every split made a 20,000-step process take minutes).
  const reach = entries.map((id) => reachability(graph, id));
  const isCandidate = (id: string): boolean =>
    graph.step(id)?.type === 'and' &&
    id !== splitId &&
    id !== exclude &&
    graph.incoming(id).length === count &&
    reach.every((r) => r(id));
  const seen = new Set<string>([splitId]);
  let frontier = [...entries];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (isCandidate(id)) return id;
      next.push(...graph.successors(id));
    }
    frontier = next;
  }
  return null;
}

/**
 * Whether a step is reachable from `from`: a breadth-first search that goes on from where the
 * last question left it, so each step is visited at most once however many are asked.
 */
function reachability(graph: ProcessGraph, from: string): (id: string) => boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  let head = 0;
  return (id) => {
    while (!seen.has(id) && head < queue.length) {
      for (const next of graph.successors(queue[head++]!)) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen.has(id);
  };
}
