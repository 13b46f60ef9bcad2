import type { ProcessGraph } from '@flowsmith/model';

/**
 * The and-join that closes the parallel split at `splitId` (SPEC.md CM-AND), or `null` when the
 * branches never meet (each finishes at an end step). Pure.
 *
 * Candidates are and-gateways with as many incoming flows as the split has branches that every
 * branch can reach; the nearest to the split (breadth first) wins. Whether the branches really
 * form a block — each reaching the join once, touching nothing the others touch — is checked
 * when their regions are built.
 */
export function findJoin(graph: ProcessGraph, splitId: string): string | null {
  const branches = graph.outgoing(splitId);
  const reach = branches.map((f) => reachable(graph, f.to));
  const isCandidate = (id: string): boolean => {
    const step = graph.step(id);
    return (
      step?.type === 'and' &&
      id !== splitId &&
      graph.incoming(id).length === branches.length &&
      reach.every((r) => r.has(id))
    );
  };
  // Breadth first from the split: the first candidate met is the nearest.
  const seen = new Set<string>([splitId]);
  let frontier = branches.map((f) => f.to);
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

function reachable(graph: ProcessGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...graph.successors(id));
  }
  return seen;
}
