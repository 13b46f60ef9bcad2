import type { ProcessGraph } from '@flowsmith/model';
import type { Blocks } from './solveTraffic';

/** Above this many steps the bit matrix would be too large; reachability falls back to searches. */
const MATRIX_LIMIT = 20_000;

/**
 * Answers "can a case at step a later be at step b?" (a path of one or more flows) for any pair,
 * in O(1) after one pass over the loops in topological order: each loop gets the bit set of the
 * steps that can reach it (n²/8 bytes — 4.5 MB for 6,000 steps). Larger processes fall back to
 * one cached breadth-first search per step asked about. Pure.
 */
export function reachIndex(graph: ProcessGraph, blocks: Blocks): (a: number, b: number) => boolean {
  const n = graph.steps.length;
  if (n > MATRIX_LIMIT) return searchIndex(graph);
  const words = (n + 31) >>> 5;
  const count = blocks.blocks.length;
  // reachers[k]: the steps with a path into block k from outside it (bit per step).
  const reachers = new Uint32Array(count * words);
  for (let k = 0; k < count; k++) {
    const base = k * words;
    const members = blocks.blocks[k]!;
    // Outgoing: what reaches k, plus k's own steps, flows on to each later block.
    for (const u of members) {
      for (const v of graph.successorIndexes[u]!) {
        const t = blocks.blockOf[v]!;
        if (t === k) continue;
        const into = t * words;
        for (let w = 0; w < words; w++) reachers[into + w]! |= reachers[base + w]!;
        for (const m of members) reachers[into + (m >>> 5)]! |= 1 << (m & 31);
      }
    }
  }
  return (a, b) => {
    const ka = blocks.blockOf[a]!;
    const kb = blocks.blockOf[b]!;
    if (ka === kb) return blocks.cyclic[ka] === 1;
    return (reachers[kb * words + (a >>> 5)]! & (1 << (a & 31))) !== 0;
  };
}

function searchIndex(graph: ProcessGraph): (a: number, b: number) => boolean {
  const cache = new Map<number, Uint8Array>();
  return (a, b) => {
    let seen = cache.get(a);
    if (!seen) {
      seen = new Uint8Array(graph.steps.length);
      const queue = [...graph.successorIndexes[a]!];
      for (const x of queue) seen[x] = 1;
      for (let h = 0; h < queue.length; h++) {
        for (const y of graph.successorIndexes[queue[h]!]!) {
          if (!seen[y]) {
            seen[y] = 1;
            queue.push(y);
          }
        }
      }
      cache.set(a, seen);
    }
    return seen[b] === 1;
  };
}
