import { stronglyConnectedComponents, type ProcessGraph } from '@flowsmith/model';
import type { FlowModel } from './flowModel';

/** The loops of a process as step-index blocks in topological order, and each step's block. */
export interface Blocks {
  blocks: number[][];
  blockOf: Int32Array;
  /** 1 where the block is a loop (more than one step, or a flow to itself). */
  cyclic: Uint8Array;
}

/** Groups the steps into strongly connected blocks (the model's SCCs) as indexes. Pure. */
export function blocksOf(graph: ProcessGraph): Blocks {
  const blocks = stronglyConnectedComponents(graph).map((ids) =>
    ids.map((id) => graph.indexOf(id)),
  );
  const blockOf = new Int32Array(graph.steps.length);
  const cyclic = new Uint8Array(blocks.length);
  blocks.forEach((b, k) => {
    for (const i of b) blockOf[i] = k;
    cyclic[k] = b.length > 1 || graph.successorIndexes[b[0]!]!.includes(b[0]!) ? 1 : 0;
  });
  return { blocks, blockOf, cyclic };
}

/** Above this many steps a loop is solved by Gauss–Seidel sweeps instead of elimination. */
const DIRECT_LIMIT = 200;

/**
 * Solves the traffic equations v = d ⊙ (s + Wᵀv) — visits of each step from the visits of
 * its predecessors — over the steps `inRegion` accepts, block by block in topological order:
 * a step outside a loop directly, a loop by Gaussian elimination (or Gauss–Seidel when large).
 * Writes into `v` (full length; steps outside the region are left alone). A loop cases cannot
 * leave, or one whose parallel branches multiply tokens without end, gets Infinity.
 */
export function solveTraffic(
  model: FlowModel,
  blocks: readonly number[][],
  inRegion: (i: number) => boolean,
  source: (i: number) => number,
  v: Float64Array,
): void {
  const local = new Int32Array(model.n).fill(-1);
  for (const block of blocks) {
    if (block.length === 1 && !model.out[block[0]!]!.some((a) => a.to === block[0])) {
      const i = block[0]!;
      let sum = source(i);
      for (const arc of model.in[i]!)
        if (arc.weight > 0 && inRegion(arc.from)) sum += times(v[arc.from]!, arc.weight);
      v[i] = sum * model.joinFactor[i]!;
      continue;
    }
    block.forEach((i, k) => (local[i] = k));
    const m = block.length;
    // b_j: what enters the loop at j from outside it; A x = b with A = I − D Wᵀ on the loop.
    const b = new Float64Array(m);
    block.forEach((i, k) => {
      let sum = source(i);
      for (const arc of model.in[i]!) {
        if (local[arc.from]! >= 0 || arc.weight === 0 || !inRegion(arc.from)) continue;
        sum += times(v[arc.from]!, arc.weight);
      }
      b[k] = sum * model.joinFactor[i]!;
    });
    const x =
      m <= DIRECT_LIMIT ? eliminate(model, block, local, b) : gaussSeidel(model, block, local, b);
    const bad = x.some((xi) => !Number.isFinite(xi) || xi < -1e-9);
    block.forEach(
      (i, k) => (v[i] = bad ? (b.some((bi) => bi > 0) ? Infinity : 0) : Math.max(0, x[k]!)),
    );
    for (const i of block) local[i] = -1;
  }
}

/** a × b with 0 × Infinity = 0: no visits means no time, however long a visit would take. */
export function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function eliminate(
  model: FlowModel,
  block: number[],
  local: Int32Array,
  b: Float64Array,
): Float64Array {
  const m = block.length;
  const a = new Float64Array(m * m);
  block.forEach((i, r) => {
    a[r * m + r] = 1;
    for (const arc of model.in[i]!) {
      const c = local[arc.from]!;
      if (c >= 0) a[r * m + c]! -= model.joinFactor[i]! * arc.weight;
    }
  });
  const x = Float64Array.from(b);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++)
      if (Math.abs(a[r * m + col]!) > Math.abs(a[pivot * m + col]!)) pivot = r;
    if (Math.abs(a[pivot * m + col]!) < 1e-12) return x.fill(Infinity);
    if (pivot !== col) {
      for (let c = 0; c < m; c++)
        [a[col * m + c], a[pivot * m + c]] = [a[pivot * m + c]!, a[col * m + c]!];
      [x[col], x[pivot]] = [x[pivot]!, x[col]!];
    }
    const p = a[col * m + col]!;
    for (let r = col + 1; r < m; r++) {
      const f = a[r * m + col]! / p;
      if (f === 0) continue;
      for (let c = col; c < m; c++) a[r * m + c]! -= f * a[col * m + c]!;
      x[r]! -= f * x[col]!;
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let c = r + 1; c < m; c++) s -= a[r * m + c]! * x[c]!;
    x[r] = s / a[r * m + r]!;
  }
  return x;
}

function gaussSeidel(
  model: FlowModel,
  block: number[],
  local: Int32Array,
  b: Float64Array,
): Float64Array {
  const x = Float64Array.from(b);
  for (let sweep = 0; sweep < 20_000; sweep++) {
    let change = 0;
    let size = 0;
    block.forEach((i, k) => {
      let s = 0;
      for (const arc of model.in[i]!) {
        const c = local[arc.from]!;
        if (c >= 0) s += arc.weight * x[c]!;
      }
      const next = b[k]! + model.joinFactor[i]! * s;
      change = Math.max(change, Math.abs(next - x[k]!));
      size = Math.max(size, Math.abs(next));
      x[k] = next;
    });
    if (!Number.isFinite(size) || size > 1e12) break;
    if (change <= 1e-13 * Math.max(1, size)) return x;
  }
  return x.fill(Infinity);
}
