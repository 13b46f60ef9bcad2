import type { ProcessGraph } from './buildGraph';
import { reachableIndexes } from './reachableIndexes';

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
    reachableIndexes(
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
    reachableIndexes(
      graph.predecessorIndexes,
      [...targets].map((id) => graph.indexOf(id)),
    ),
  );
}

/** Alias of {@link canReachAny}, the name used in the model's API contract. */
export const canReach = canReachAny;
