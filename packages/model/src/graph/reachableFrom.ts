import type { ProcessGraph } from './buildGraph';

/** Breadth-first search over an adjacency table from the given step indexes. */
function search(adjacency: readonly (readonly number[])[], seeds: number[]): Uint8Array {
  const seen = new Uint8Array(adjacency.length);
  const queue: number[] = [];
  for (const s of seeds) {
    if (s >= 0 && !seen[s]) {
      seen[s] = 1;
      queue.push(s);
    }
  }
  // An index-walked array as queue: no shift(), so the search stays linear.
  for (let head = 0; head < queue.length; head++) {
    for (const next of adjacency[queue[head]!]!) {
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}

function toIds(graph: ProcessGraph, seen: Uint8Array): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < seen.length; i++) if (seen[i]) ids.add(graph.steps[i]!.id);
  return ids;
}

/**
 * The steps reachable from any of `ids` by following flows, the seeds included, as a set
 * whose iteration order is document order. Unknown ids are ignored. Pure; O(steps + flows).
 */
export function reachableFrom(graph: ProcessGraph, ids: Iterable<string>): Set<string> {
  return toIds(
    graph,
    search(
      graph.successorIndexes,
      [...ids].map((id) => graph.indexOf(id)),
    ),
  );
}

/**
 * The steps from which at least one of `targets` can be reached (reverse reachability), the
 * targets included, in document order. Unknown ids are ignored. Pure; O(steps + flows).
 * Typical use: `canReachAny(graph, endIds)` — the steps from which a case can still finish.
 */
export function canReachAny(graph: ProcessGraph, targets: Iterable<string>): Set<string> {
  return toIds(
    graph,
    search(
      graph.predecessorIndexes,
      [...targets].map((id) => graph.indexOf(id)),
    ),
  );
}

/** Alias of {@link canReachAny}, the name used in the model's API contract. */
export const canReach = canReachAny;
