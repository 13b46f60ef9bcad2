import type { ProcessGraph } from '@flowsmith/model';
import { immediateDominators } from './immediateDominators';

/**
 * The immediate post-dominator of every step: the first step every path from it to an end
 * must pass. Pure. Steps with no way out (ends, dead ends) lead to a virtual exit numbered
 * `steps.length`; a step whose only post-dominator is that exit gets `steps.length`, a step from
 * which no exit can be reached gets -1. Used to find where parallel branches come together.
 */
export function postDominators(graph: ProcessGraph): Int32Array {
  const n = graph.steps.length;
  const sinks: number[] = [];
  for (let i = 0; i < n; i++) if (graph.successorIndexes[i]!.length === 0) sinks.push(i);
  return immediateDominators(
    n,
    sinks,
    (x) => graph.predecessorIndexes[x]!,
    (x) => graph.successorIndexes[x]!,
  );
}

/**
 * The immediate dominator of every step: the last step every path from a start to it must
 * pass. Pure. Start steps get `steps.length` (the virtual entry), steps no start reaches -1.
 */
export function dominators(graph: ProcessGraph): Int32Array {
  const starts: number[] = [];
  graph.steps.forEach((s, i) => s.type === 'start' && graph.indexOf(s.id) === i && starts.push(i));
  return immediateDominators(
    graph.steps.length,
    starts,
    (x) => graph.successorIndexes[x]!,
    (x) => graph.predecessorIndexes[x]!,
  );
}
