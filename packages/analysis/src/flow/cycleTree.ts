import { topologicalOrder } from '@flowsmith/model';
import type { FlowModel } from './flowModel';
import { orChances } from './inclusiveGateways';
import { postDominators } from './postDominators';
import { solveTraffic, times, type Blocks } from './solveTraffic';

/** One term of a sum: a step's per-visit time counts `weight` times (its visits, or its local visits in a branch). */
export interface CycleTerm {
  step: number;
  weight: number;
}

/**
 * A parallel block: an and split, its join (the split's immediate post-dominator) and one sum per
 * branch; or an inclusive (or) split and its paired join, whose branches run only when taken.
 */
export interface ParallelBlock {
  split: number;
  /** `and`: every branch runs; `or`: each branch runs on its own with its `chance`. */
  kind: 'and' | 'or';
  /**
   * Per branch: its head step, the steps it passes with their local visits (inner blocks' steps
   * left out), its own chance to run (1 in an and block) and whether it is the or split's
   * fallback (taken when no other is).
   */
  branches: Array<{
    head: number;
    terms: CycleTerm[];
    chance: number;
    fallback: boolean;
    /** The branch always reaches a terminate end (which ends the case, cancelling the others). */
    terminates?: boolean;
  }>;
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
  for (let u = 0; u < n; u++)
    if ((model.split[u] === 'and' || model.orJoinOf[u]! >= 0) && visits[u]! > 0) splits.push(u);
  splits.sort((a, b) => position[b]! - position[a]!);
  const parallel: ParallelBlock[] = [];
  for (const s of splits) {
    const kind = model.split[s] === 'or' ? 'or' : 'and';
    const join = kind === 'or' ? model.orJoinOf[s]! : ipdom[s]!;
    if (join === -1) continue;
    const region = regionOf(model, s, join, stamp);
    if (!region) continue;
    const inRegion = (i: number): boolean => stamp[i] === s;
    const grouped = groupByBlock(region, blocks);
    const branches: ParallelBlock['branches'] = [];
    const choice = kind === 'or' ? orChances(model.out[s]!.map((a) => a.flow)) : null;
    for (const [k, arc] of model.out[s]!.entries()) {
      const head = arc.to;
      if (head === join || !inRegion(head)) continue;
      for (const i of region) local[i] = 0;
      solveTraffic(model, grouped, inRegion, (i) => (i === head ? 1 : 0), local);
      const terms: CycleTerm[] = [];
      for (const i of region)
        if (!absorbed[i] && local[i] !== 0) terms.push({ step: i, weight: local[i]! });
      let ended = 0;
      for (const i of region) {
        const step = graph.steps[i]!;
        if (step.type === 'end' && step.terminate) ended += local[i]!;
      }
      branches.push({
        head,
        terms,
        chance: choice ? choice.chance[k]! : 1,
        fallback: choice?.fallback === k,
        ...(ended >= 1 - 1e-9 ? { terminates: true } : {}),
      });
    }
    for (const i of region) absorbed[i] = 1;
    parallel.push({ split: s, kind, branches });
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
 * The time of a block from its branches' times, and how much each branch counts in it. Pure.
 *
 * An and block takes its longest branch (that one counts 1, the others 0) — or, when branches
 * always reach a terminate end, the shortest of those. An or block takes the
 * longest of the branches that run: with the branches longest first, branch i counts
 * c_i = p_i · Π_{j<i} (1 − p_j) — the chance it runs and no longer one does — and the fallback
 * branch also counts Π_all (1 − p_j) (it runs when none is drawn); the time is Σ c_i · T_i. Exact
 * for fixed times (each branch's chance is drawn on its own).
 */
export function blockTime(
  block: Pick<ParallelBlock, 'kind' | 'branches'>,
  totals: readonly number[],
): { time: number; counts: number[] } {
  const counts = totals.map(() => 0);
  if (totals.length === 0) return { time: 0, counts };
  const order = totals.map((_t, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b);
  if (block.kind === 'and') {
    // A branch that always reaches a terminate end ends the case when it gets there: the case
    // takes the first such branch's time, whatever the others still had to do.
    let first = -1;
    block.branches.forEach((b, i) => {
      if (b.terminates && (first < 0 || totals[i]! < totals[first]!)) first = i;
    });
    const taken = first >= 0 ? first : order[0]!;
    counts[taken] = 1;
    return { time: Math.max(0, totals[taken]!), counts };
  }
  let notYet = 1;
  for (const i of order) {
    const p = block.branches[i]!.chance;
    counts[i] = notYet * p;
    notYet *= 1 - p;
  }
  const fallback = block.branches.findIndex((b) => b.fallback);
  if (fallback >= 0) counts[fallback] = counts[fallback]! + notYet;
  let time = 0;
  totals.forEach((t, i) => (time += times(counts[i]!, t)));
  return { time, counts };
}

/**
 * Evaluates the tree for one per-visit time measure: each block adds its time ({@link blockTime})
 * to its split's time, innermost first; the total is the top-level sum. Also returns each
 * block's longest branch head (for the critical path) and how much each branch counts. Pure.
 */
export function evaluateCycleTree(
  tree: CycleTree,
  measure: ArrayLike<number>,
): {
  total: number;
  effective: Float64Array;
  longest: Map<number, number>;
  counts: Map<number, number[]>;
} {
  const eff = Float64Array.from(measure as ArrayLike<number>);
  const longest = new Map<number, number>();
  const counts = new Map<number, number[]>();
  for (const block of tree.blocks) {
    let best = -1;
    let bestHead = -1;
    const totals = block.branches.map((branch) => {
      const total = sumTerms(branch.terms, eff);
      if (total > best) {
        best = total;
        bestHead = branch.head;
      }
      return total;
    });
    const { time, counts: c } = blockTime(block, totals);
    eff[block.split] = eff[block.split]! + time;
    counts.set(block.split, c);
    if (bestHead >= 0) longest.set(block.split, bestHead);
  }
  return { total: sumTerms(tree.top, eff), effective: eff, longest, counts };
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
  counts?: ReadonlyMap<number, readonly number[]>,
): Float64Array {
  const weight = new Float64Array(n);
  for (const t of tree.top) weight[t.step] = weight[t.step]! + t.weight;
  for (let k = tree.blocks.length - 1; k >= 0; k--) {
    const block = tree.blocks[k]!;
    const w = weight[block.split]!;
    const c = counts?.get(block.split);
    if (block.kind === 'or' && c && w !== 0) {
      // Each branch of an or block counts by its chance of being the longest that runs.
      block.branches.forEach((branch, b) => {
        for (const t of branch.terms)
          weight[t.step] = weight[t.step]! + times(t.weight, times(w, c[b]!));
      });
      continue;
    }
    const head = longest.get(block.split);
    const branch = block.branches.find((b) => b.head === head);
    if (!branch || w === 0) continue;
    for (const t of branch.terms) weight[t.step] = weight[t.step]! + times(t.weight, w);
  }
  return weight;
}
