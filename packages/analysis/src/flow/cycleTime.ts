import { topologicalOrder } from '@flowsmith/model';
import type { FlowModel } from './flowModel';
import { postDominators } from './postDominators';
import { solveTraffic, times, type Blocks } from './solveTraffic';

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
 * first; a block whose branches are entered from outside it is left as a plain sum.
 */
export function cycleTimes(
  model: FlowModel,
  blocks: Blocks,
  visits: Float64Array,
  measures: Float64Array[],
): CycleTimes {
  const { n, graph } = model;
  const ipdom = postDominators(graph);
  const position = new Int32Array(n);
  topologicalOrder(graph).order.forEach((id, k) => (position[graph.indexOf(id)] = k));
  const eff = measures.map((m) => Float64Array.from(m));
  const absorbed = new Uint8Array(n);
  const criticalHead = new Map<number, number>();
  const stamp = new Int32Array(n).fill(-1);
  const local = new Float64Array(n);
  const splits: number[] = [];
  for (let u = 0; u < n; u++) if (model.split[u] === 'and' && visits[u]! > 0) splits.push(u);
  splits.sort((a, b) => position[b]! - position[a]!);

  for (const s of splits) {
    const join = ipdom[s]!;
    if (join === -1) continue;
    const region = regionOf(model, s, join, stamp);
    if (!region) continue;
    const inRegion = (i: number): boolean => stamp[i] === s;
    const grouped = groupByBlock(region, blocks);
    let best = -1;
    let bestHead = -1;
    const branchMax = measures.map(() => 0);
    for (const arc of model.out[s]!) {
      const head = arc.to;
      for (const i of region) local[i] = 0;
      if (head === join || !inRegion(head)) continue;
      solveTraffic(model, grouped, inRegion, (i) => (i === head ? 1 : 0), local);
      const totals = eff.map((t) => region.reduce((sum, i) => sum + times(local[i]!, t[i]!), 0));
      totals.forEach((t, k) => (branchMax[k] = Math.max(branchMax[k]!, t)));
      if (totals[0]! > best) {
        best = totals[0]!;
        bestHead = head;
      }
    }
    for (const i of region) absorbed[i] = 1;
    eff.forEach((t, k) => (t[s] = t[s]! + branchMax[k]!));
    if (bestHead >= 0) criticalHead.set(s, bestHead);
  }

  const totals = eff.map((t) => {
    let sum = 0;
    for (let i = 0; i < n; i++) if (!absorbed[i]) sum += times(visits[i]!, t[i]!);
    return sum;
  });
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

/**
 * The steps between split `s` and its join: reachable from `s` without passing the join.
 * Null when the block is not well nested (it reaches `s` again, or is entered from outside).
 */
function regionOf(model: FlowModel, s: number, join: number, stamp: Int32Array): number[] | null {
  const region: number[] = [];
  const queue: number[] = [];
  for (const arc of model.out[s]!) {
    if (arc.to !== join && stamp[arc.to] !== s) {
      stamp[arc.to] = s;
      queue.push(arc.to);
    }
  }
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    if (u === s) return null;
    region.push(u);
    for (const arc of model.out[u]!) {
      if (arc.to === join || stamp[arc.to] === s) continue;
      stamp[arc.to] = s;
      queue.push(arc.to);
    }
  }
  for (const u of region)
    for (const arc of model.in[u]!) if (arc.from !== s && stamp[arc.from] !== s) return null;
  return region;
}

function groupByBlock(region: number[], blocks: Blocks): number[][] {
  const byBlock = new Map<number, number[]>();
  for (const i of region) {
    const k = blocks.blockOf[i]!;
    const list = byBlock.get(k);
    if (list) list.push(i);
    else byBlock.set(k, [i]);
  }
  return [...byBlock.keys()].sort((a, b) => a - b).map((k) => byBlock.get(k)!);
}
