/**
 * Breadth-first search over an adjacency table of indexes (`adjacency[i]` lists the neighbours
 * of `i`): a flag per index, 1 for the seeds and everything reachable from them. Negative seeds
 * (an unknown id's `indexOf`) are ignored; seeds are always marked, and with `within` the search
 * only steps onto the indexes it accepts. Pure; O(nodes + edges).
 */
export function reachableIndexes(
  adjacency: readonly (readonly number[])[],
  seeds: Iterable<number>,
  within: (index: number) => boolean = () => true,
): Uint8Array {
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
      if (!seen[next] && within(next)) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}
