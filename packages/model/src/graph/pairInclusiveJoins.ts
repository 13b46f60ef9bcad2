import type { ProcessDocument } from '../types/process';
import { buildGraph, type ProcessGraph } from './buildGraph';

/** How the inclusive (`or`) joins of a document pair with their splits. */
export interface InclusivePairing {
  /** Join step id → the id of the `or` split whose branches it closes. */
  splitOf: Map<string, string>;
  /** The same pairs the other way round: split step id → its join. */
  joinOf: Map<string, string>;
  /** `or` joins (several incoming flows) that close no split, in document order. */
  unpaired: string[];
}

/**
 * Pairs every inclusive join (an `or` step with several incoming flows) with the inclusive split
 * (an `or` step with several outgoing flows) whose branches it closes (CONTRACTS "OR gateway"):
 * the split's nearest post-dominator among the `or` joins. Paths into a terminate end do not
 * count (the case ends there, so they never need joining). When several splits name the same
 * join, it pairs with the outermost: the one from which every other such split can be reached
 * without passing the join; without one the join is unpaired. A split may close at no join (its
 * branches end separately); that is not a problem. Pure; O(steps² / 32 × passes).
 */
export function pairInclusiveJoins(doc: ProcessDocument | ProcessGraph): InclusivePairing {
  const g = 'successorIndexes' in doc ? doc : buildGraph(doc);
  const n = g.steps.length;
  const isJoin = (i: number) => g.steps[i]!.type === 'or' && g.incoming(g.steps[i]!.id).length > 1;
  const isSplit = (i: number) => g.steps[i]!.type === 'or' && g.outgoing(g.steps[i]!.id).length > 1;
  const pdom = postDominators(g);
  const candidates = new Map<number, number[]>();
  for (let s = 0; s < n; s++) {
    if (!isSplit(s)) continue;
    let best = -1;
    let bestSize = -1;
    for (let j = 0; j < n; j++) {
      if (j === s || !isJoin(j) || !has(pdom[s]!, j)) continue;
      // The nearest post-dominator is the one the others post-dominate: the largest set.
      const size = count(pdom[j]!);
      if (size > bestSize) [best, bestSize] = [j, size];
    }
    if (best >= 0) candidates.set(best, [...(candidates.get(best) ?? []), s]);
  }
  const splitOf = new Map<string, string>();
  const joinOf = new Map<string, string>();
  for (const [j, splits] of candidates) {
    const outer = splits.find((s) => splits.every((t) => t === s || reachesAvoiding(g, s, t, j)));
    if (outer === undefined) continue;
    splitOf.set(g.steps[j]!.id, g.steps[outer]!.id);
    joinOf.set(g.steps[outer]!.id, g.steps[j]!.id);
  }
  const unpaired = g.steps
    .filter((s, i) => isJoin(i) && !splitOf.has(s.id) && g.indexOf(s.id) === i)
    .map((s) => s.id);
  return { splitOf, joinOf, unpaired };
}

type Bits = Uint32Array;
const has = (b: Bits, i: number) => (b[i >>> 5]! & (1 << (i & 31))) !== 0;
const count = (b: Bits) => b.reduce((s, w) => s + popcount(w), 0);
function popcount(w: number): number {
  let x = w - ((w >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The post-dominator sets of every step (bit i of set s: step i lies on every path from s to the
 * end of the case). A step without outgoing flows ends the case, except a terminate end: paths
 * into one are left out (its set stays "everything", neutral in the intersections).
 */
function postDominators(g: ProcessGraph): Bits[] {
  const n = g.steps.length;
  const words = (n + 31) >>> 5;
  const all = () => new Uint32Array(words).fill(0xffffffff);
  const sets = g.steps.map((s, i) => {
    const sinks = g.successorIndexes[i]!.length === 0;
    if (!sinks || (s.type === 'end' && s.terminate === true)) return all();
    const own = new Uint32Array(words);
    own[i >>> 5]! |= 1 << (i & 31);
    return own;
  });
  for (let changed = true; changed;) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      const succ = g.successorIndexes[i]!;
      if (succ.length === 0) continue;
      const next = all();
      for (const s of succ) for (let w = 0; w < words; w++) next[w]! &= sets[s]![w]!;
      next[i >>> 5]! |= 1 << (i & 31);
      const cur = sets[i]!;
      for (let w = 0; w < words; w++) {
        if (cur[w] !== next[w]) {
          changed = true;
          cur[w] = next[w]!;
        }
      }
    }
  }
  return sets;
}

/** Whether step index `to` can be reached from `from` without passing step index `avoid`. */
function reachesAvoiding(g: ProcessGraph, from: number, to: number, avoid: number): boolean {
  const seen = new Set<number>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (const s of g.successorIndexes[i]!) {
      if (s === to) return true;
      if (s === avoid || seen.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
  }
  return false;
}
