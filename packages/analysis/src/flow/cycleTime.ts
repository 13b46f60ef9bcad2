import { topologicalOrder } from '@flowsmith/model';
import type { FlowModel } from './flowModel';
import { postDominators } from './postDominators';
import { solveTraffic, times, type Blocks } from './solveTraffic';

/** Expected times per case for several per-visit time measures, and the critical path. */
export interface CycleTimes {
  /** One total per measure given, in the same order. */
  totals: number[];
  /** Step indexes on the critical path (by the first measure), in topological order. */
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
  const critical = new Map<number, number[]>();
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
    let bestNodes: number[] = [];
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
        bestNodes = region.filter((i) => local[i]! > 0 && !absorbed[i]);
      }
    }
    for (const i of region) absorbed[i] = 1;
    eff.forEach((t, k) => (t[s] = t[s]! + branchMax[k]!));
    critical.set(s, bestNodes);
  }

  const totals = eff.map((t) => {
    let sum = 0;
    for (let i = 0; i < n; i++) if (!absorbed[i]) sum += times(visits[i]!, t[i]!);
    return sum;
  });
  const path: number[] = [];
  const visit = (i: number): void => {
    path.push(i);
    for (const j of critical.get(i) ?? []) visit(j);
  };
  for (let i = 0; i < n; i++) if (!absorbed[i] && visits[i]! > 0) visit(i);
  path.sort((a, b) => position[a]! - position[b]!);
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
