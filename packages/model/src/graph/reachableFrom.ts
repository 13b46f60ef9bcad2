import type { ProcessGraph } from './buildGraph';
import { reachableIndexes } from './reachableIndexes';

/** The ids of the steps reachable over `adjacency` from the steps `ids`, in document order. */
function reachableIds(
  graph: ProcessGraph,
  adjacency: readonly (readonly number[])[],
  ids: Iterable<string>,
): Set<string> {
  const seen = reachableIndexes(
    adjacency,
    [...ids].map((id) => graph.indexOf(id)),
  );
  const found = new Set<string>();
  for (let i = 0; i < seen.length; i++) if (seen[i]) found.add(graph.steps[i]!.id);
  return found;
}

/**
 * The steps reachable from any of `ids` by following flows, the seeds included, as a set
 * whose iteration order is document order. Unknown ids are ignored. Pure; O(steps + flows).
 */
export function reachableFrom(graph: ProcessGraph, ids: Iterable<string>): Set<string> {
  return reachableIds(graph, graph.successorIndexes, ids);
}

/**
 * The steps from which at least one of `targets` can be reached (reverse reachability), the
 * targets included, in document order. Unknown ids are ignored. Pure; O(steps + flows).
 * Typical use: `canReachAny(graph, endIds)` — the steps from which a case can still finish.
 */
export function canReachAny(graph: ProcessGraph, targets: Iterable<string>): Set<string> {
  return reachableIds(graph, graph.predecessorIndexes, targets);
}

/** Alias of {@link canReachAny}, the name used in the model's API contract. */
export const canReach = canReachAny;
