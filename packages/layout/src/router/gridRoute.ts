import type { Position } from '@flowsmith/model';
import type { Rect } from '../laneGeometry';
import { MinHeap } from './minHeap';
import type { UsedLines } from './usedLines';

/** Right, down, left, up: a side of a box, or a direction of travel. */
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;
/** Cost of one bend, in canvas units of length. */
const BEND = 25;

/** One flow to route on a grid: its end boxes, what is in the way and how sides are preferred. */
export interface GridRouteRequest {
  from: Rect;
  to: Rect;
  /** Every box in the way, already inflated by `margin` (the end boxes included). */
  obstacles: readonly Rect[];
  window: { x0: number; y0: number; x1: number; y1: number };
  margin: number;
  /** Extra cost of leaving `from` by each side / entering `to` by each side (right, down, left, up). */
  exitCost: readonly number[];
  entryCost: readonly number[];
  used: UsedLines;
}

function sorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > 1e-6) out.push(v);
  return out;
}

/** Index of the first value ≥ v (binary search). */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v - 1e-6) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function port(r: Rect, side: number): Position {
  return { x: r.x + (r.width * (1 + DX[side]!)) / 2, y: r.y + (r.height * (1 + DY[side]!)) / 2 };
}

/**
 * The cheapest orthogonal path from a side of `from` to a side of `to` that stays out of every
 * obstacle's interior: A* over the grid of the obstacles' edges, their channels' midlines and the
 * boxes' centre lines, costing length, bends, side preferences and reuse of lines other flows
 * already run along. Returns the bend points from port to port, or null when there is no way
 * through the window. Pure.
 */
export function gridRoute(req: GridRouteRequest): Position[] | null {
  const { from, to, obstacles, window: w, margin } = req;
  const edgesX = [w.x0, w.x1];
  const edgesY = [w.y0, w.y1];
  for (const o of obstacles) {
    edgesX.push(o.x, o.x + o.width);
    edgesY.push(o.y, o.y + o.height);
  }
  const withMidlines = (edges: number[], extra: number[]) => {
    const e = sorted(edges);
    const all = [...e, ...extra];
    for (let i = 0; i + 1 < e.length; i++) all.push((e[i]! + e[i + 1]!) / 2);
    return sorted(all.filter((v) => v >= e[0]! && v <= e[e.length - 1]!));
  };
  const xs = withMidlines(edgesX, [from.x + from.width / 2, to.x + to.width / 2]);
  const ys = withMidlines(edgesY, [from.y + from.height / 2, to.y + to.height / 2]);
  const nx = xs.length;
  const ny = ys.length;
  const n = nx * ny;
  const blockedPoint = new Uint8Array(n);
  const blockedH = new Uint8Array(n); // edge from (i, j) to (i + 1, j)
  const blockedV = new Uint8Array(n); // edge from (i, j) to (i, j + 1)
  for (const o of obstacles) {
    const i0 = lowerBound(xs, o.x);
    const i1 = lowerBound(xs, o.x + o.width); // xs[i1] is the right edge
    const j0 = lowerBound(ys, o.y);
    const j1 = lowerBound(ys, o.y + o.height);
    for (let j = j0; j <= j1 && j < ny; j++) {
      const innerRow = j > j0 && j < j1;
      for (let i = i0; i <= i1 && i < nx; i++) {
        const innerCol = i > i0 && i < i1;
        const k = j * nx + i;
        if (innerRow && innerCol) blockedPoint[k] = 1;
        if (innerRow && i < i1) blockedH[k] = 1;
        if (innerCol && j < j1) blockedV[k] = 1;
      }
    }
  }
  const indexOf = (p: Position): number => {
    const i = lowerBound(xs, p.x);
    const j = lowerBound(ys, p.y);
    if (i >= nx || j >= ny || Math.abs(xs[i]! - p.x) > 1e-6 || Math.abs(ys[j]! - p.y) > 1e-6)
      return -1;
    const k = j * nx + i;
    return blockedPoint[k] ? -1 : k;
  };
  const goals = new Map<number, number[]>(); // node → sides of `to` it leads into
  const goalPoints: Position[] = [];
  for (let side = 0; side < 4; side++) {
    const p = port(to, side);
    const q = { x: p.x + DX[side]! * margin, y: p.y + DY[side]! * margin };
    const k = indexOf(q);
    if (k < 0) continue;
    goals.set(k, [...(goals.get(k) ?? []), side]);
    goalPoints.push(q);
  }
  if (goals.size === 0) return null;
  const h = (k: number) => {
    const x = xs[k % nx]!;
    const y = ys[Math.floor(k / nx)]!;
    let best = Infinity;
    for (const g of goalPoints) best = Math.min(best, Math.abs(g.x - x) + Math.abs(g.y - y));
    return best;
  };
  const states = n * 4;
  const g = new Float64Array(states + 4).fill(Infinity);
  const parent = new Int32Array(states + 4).fill(-1);
  const heap = new MinHeap();
  const exits: Array<[number, number]> = [];
  for (let side = 0; side < 4; side++) {
    const p = port(from, side);
    const k = indexOf({ x: p.x + DX[side]! * margin, y: p.y + DY[side]! * margin });
    if (k < 0) continue;
    const s = k * 4 + side;
    const cost = req.exitCost[side]!;
    if (cost < g[s]!) {
      g[s] = cost;
      heap.push(s, cost + h(k));
      exits.push([s, side]);
    }
  }
  const closed = new Uint8Array(states + 4);
  let done = -1;
  while (heap.size > 0) {
    const s = heap.pop()!;
    if (closed[s]) continue;
    closed[s] = 1;
    if (s >= states) {
      done = s;
      break;
    }
    const k = s >> 2;
    const d = s & 3;
    const i = k % nx;
    const j = (k - i) / nx;
    const base = g[s]!;
    const into = goals.get(k);
    if (into)
      for (const side of into) {
        const inward = (side + 2) & 3;
        const cost = base + req.entryCost[side]! + (d === inward ? 0 : BEND);
        const t = states + side;
        if (cost < g[t]!) {
          g[t] = cost;
          parent[t] = s;
          heap.push(t, cost);
        }
      }
    for (let nd = 0; nd < 4; nd++) {
      if (nd === ((d + 2) & 3)) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const nk = nj * nx + ni;
      if (blockedPoint[nk]) continue;
      const horizontal = nd === 0 || nd === 2;
      if (horizontal ? blockedH[nd === 0 ? k : nk] : blockedV[nd === 1 ? k : nk]) continue;
      const length = horizontal ? Math.abs(xs[ni]! - xs[i]!) : Math.abs(ys[nj]! - ys[j]!);
      const reuse = horizontal
        ? req.used.overlaps('h', ys[j]!, xs[Math.min(i, ni)]!, xs[Math.max(i, ni)]!)
        : req.used.overlaps('v', xs[i]!, ys[Math.min(j, nj)]!, ys[Math.max(j, nj)]!);
      const cost = base + length + (nd === d ? 0 : BEND) + (reuse ? 30 + length : 0);
      const t = nk * 4 + nd;
      if (cost < g[t]!) {
        g[t] = cost;
        parent[t] = s;
        heap.push(t, cost + h(nk));
      }
    }
  }
  if (done < 0) return null;
  const nodes: Position[] = [];
  let s = parent[done]!;
  let firstSide = 0;
  while (s >= 0) {
    const k = s >> 2;
    nodes.push({ x: xs[k % nx]!, y: ys[Math.floor(k / nx)]! });
    if (parent[s]! < 0) firstSide = s & 3;
    s = parent[s]!;
  }
  nodes.reverse();
  return simplify([port(from, firstSide), ...nodes, port(to, done - states)]);
}

/** Drops repeated points and points in the middle of a straight run. Pure. */
export function simplify(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const prev = out[out.length - 2];
    if (
      last &&
      prev &&
      ((Math.abs(prev.x - last.x) < 1e-6 && Math.abs(last.x - p.x) < 1e-6) ||
        (Math.abs(prev.y - last.y) < 1e-6 && Math.abs(last.y - p.y) < 1e-6))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}
