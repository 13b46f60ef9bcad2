import { buildCycleTree, evaluateCycleTree, type CycleTree } from './cycleTree';
import type { FlowModel } from './flowModel';
import type { Blocks } from './solveTraffic';

/** Expected times per case for several per-visit time measures, and the critical path. */
export interface CycleTimes {
  /** One total per measure given, in the same order. */
  totals: number[];
  /**
   * The critical path (by the first measure): from the main start, the most likely way out of
   * each exclusive split (loops not taken) and the longest branch of each parallel block.
   */
  criticalPath: number[];
}

/**
 * The expected time from start to finish of a case, for each per-visit time measure in
 * `measures` (e.g. wait + work, work only). Pure.
 *
 * Sequential and exclusive parts add up, each step's time weighted by its visits (linearity of
 * expectation, loops included). A parallel block — an and split and the step that post-dominates
 * it — takes the largest of its branches' expected times (an approximation: E[max] ≥ max E, so
 * variable branches are under-estimated; exact for fixed times). Blocks are reduced innermost
 * first, and the steps of an inner block count only through it (see {@link buildCycleTree}); a
 * block whose branches are entered from outside it is left as a plain sum.
 */
export function cycleTimes(
  model: FlowModel,
  blocks: Blocks,
  visits: Float64Array,
  measures: Float64Array[],
  tree: CycleTree = buildCycleTree(model, blocks, visits),
): CycleTimes {
  const { n } = model;
  const { position } = tree;
  const evaluated = measures.map((m) => evaluateCycleTree(tree, m));
  const totals = evaluated.map((e) => e.total);
  const criticalHead = evaluated[0]?.longest ?? new Map<number, number>();
  // Walk the typical case: the main start, then at each step the critical branch of a parallel
  // block, else the most likely flow that does not close a loop; a step is never visited twice.
  const path: number[] = [];
  const seen = new Uint8Array(n);
  let at = -1;
  for (let i = 0; i < n; i++) if (model.source[i]! > (at >= 0 ? model.source[at]! : 0)) at = i;
  while (at >= 0 && !seen[at]) {
    seen[at] = 1;
    path.push(at);
    const head = criticalHead.get(at);
    if (head !== undefined) {
      at = head;
      continue;
    }
    let next = -1;
    let weight = 0;
    for (const arc of model.out[at]!) {
      if (position[arc.to]! <= position[at]! || seen[arc.to]) continue;
      if (arc.weight > weight) {
        weight = arc.weight;
        next = arc.to;
      }
    }
    at = next;
  }
  return { totals, criticalPath: path };
}
