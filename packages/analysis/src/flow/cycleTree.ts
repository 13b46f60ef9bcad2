import { topologicalOrder } from '@flowsmith/model';
import type { FlowModel } from './flowModel';
import { postDominators } from './postDominators';
import { solveTraffic, times, type Blocks } from './solveTraffic';

/** One term of a sum: a step's per-visit time counts `weight` times (its visits, or its local visits in a branch). */
export interface CycleTerm {
  step: number;
  weight: number;
}

/** A parallel block: an and split, its join (the split's immediate post-dominator) and one sum per branch. */
export interface ParallelBlock {
  split: number;
  /** Per branch: its head step and the steps it passes with their local visits (inner blocks' steps left out). */
  branches: Array<{ head: number; terms: CycleTerm[] }>;
}

/**
 * The shape of the cycle-time sum of a process (docs/analysis.md §3): the parallel blocks, innermost
 * first, and the top-level terms (steps outside every block, weighted by their visits). Evaluating it
 * with per-visit times gives the mean cycle time; the structure depends only on the flows and
 * visits, so it is built once and evaluated for several measures (or several what-ifs).
 */
export interface CycleTree {
  /** In evaluation order: a block comes after every block nested in it. */
  blocks: ParallelBlock[];
  top: CycleTerm[];
  /** The flow order of each step (topological, loops cut). */
  position: Int32Array;
}

/**
 * Builds the {@link CycleTree} of a process. Pure.
 *
 * A parallel block is reduced when it is well nested (its branches are entered only from its
 * split); the steps of a reduced block count only through the block (not again in the block
 * around it, nor at the top level). A block that is not well nested stays a plain sum.
 */
export function buildCycleTree(model: FlowModel, blocks: Blocks, visits: Float64Array): CycleTree {
  const { n, graph } = model;
  const ipdom = postDominators(graph);
  const position = new Int32Array(n);
  topologicalOrder(graph).order.forEach((id, k) => (position[graph.indexOf(id)] = k));
  const absorbed = new Uint8Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const local = new Float64Array(n);
  const splits: number[] = [];
  for (let u = 0; u < n; u++) if (model.split[u] === 'and' && visits[u]! > 0) splits.push(u);
  splits.sort((a, b) => position[b]! - position[a]!);
  const parallel: ParallelBlock[] = [];
  for (const s of splits) {
    const join = ipdom[s]!;
    if (join === -1) continue;
    const region = regionOf(model, s, join, stamp);
    if (!region) continue;
    const inRegion = (i: number): boolean => stamp[i] === s;
    const grouped = groupByBlock(region, blocks);
    const branches: ParallelBlock['branches'] = [];
    for (const arc of model.out[s]!) {
      const head = arc.to;
      if (head === join || !inRegion(head)) continue;
      for (const i of region) local[i] = 0;
      solveTraffic(model, grouped, inRegion, (i) => (i === head ? 1 : 0), local);
      const terms: CycleTerm[] = [];
      for (const i of region)
        if (!absorbed[i] && local[i] !== 0) terms.push({ step: i, weight: local[i]! });
      branches.push({ head, terms });
    }
    for (const i of region) absorbed[i] = 1;
    parallel.push({ split: s, branches });
  }
  const top: CycleTerm[] = [];
  for (let i = 0; i < n; i++)
    if (!absorbed[i] && visits[i] !== 0) top.push({ step: i, weight: visits[i]! });
  return { blocks: parallel, top, position };
}

/** Σ weight × time over terms, with 0 × ∞ = 0. Pure. */
export function sumTerms(terms: readonly CycleTerm[], time: ArrayLike<number>): number {
  let sum = 0;
  for (const t of terms) sum += times(t.weight, time[t.step]!);
  return sum;
}

/**
 * Evaluates the tree for one per-visit time measure: each block adds its longest branch to its
 * split's time, innermost first; the total is the top-level sum. Also returns each block's
 * longest branch head (for the critical path). Pure.
 */
export function evaluateCycleTree(
  tree: CycleTree,
  measure: ArrayLike<number>,
): { total: number; effective: Float64Array; longest: Map<number, number> } {
  const eff = Float64Array.from(measure as ArrayLike<number>);
  const longest = new Map<number, number>();
  for (const block of tree.blocks) {
    let max = 0;
    let best = -1;
    let bestHead = -1;
    for (const branch of block.branches) {
      const total = sumTerms(branch.terms, eff);
      max = Math.max(max, total);
      if (total > best) {
        best = total;
        bestHead = branch.head;
      }
    }
    eff[block.split] = eff[block.split]! + max;
    if (bestHead >= 0) longest.set(block.split, bestHead);
  }
  return { total: sumTerms(tree.top, eff), effective: eff, longest };
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

/**
 * How much each step's per-visit time counts in the cycle time as evaluated: its visits at the top
 * level, its local visits × its block's weight on a block's longest branch, 0 on a shorter branch
 * (shortening it changes nothing). Pure; `longest` is what {@link evaluateCycleTree} returned.
 */
export function criticalWeights(
  tree: CycleTree,
  longest: ReadonlyMap<number, number>,
  n: number,
): Float64Array {
  const weight = new Float64Array(n);
  for (const t of tree.top) weight[t.step] = weight[t.step]! + t.weight;
  for (let k = tree.blocks.length - 1; k >= 0; k--) {
    const block = tree.blocks[k]!;
    const w = weight[block.split]!;
    const head = longest.get(block.split);
    const branch = block.branches.find((b) => b.head === head);
    if (!branch || w === 0) continue;
    for (const t of branch.terms) weight[t.step] = weight[t.step]! + times(t.weight, w);
  }
  return weight;
}
