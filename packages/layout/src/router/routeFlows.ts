import type { Position } from '@flowsmith/model';
import type { Rect } from '../laneGeometry';
import type { Orientation } from '../types';
import { BoxIndex } from './boxIndex';
import { gridRoute, simplify } from './gridRoute';
import { nudgeShared } from './nudgeShared';
import { placeLabels, type LabelSize } from './placeLabels';
import { UsedLines } from './usedLines';

/** Room kept between a flow and any step it passes. */
export const ROUTE_MARGIN = 12;

/** A flow as the router sees it. */
export interface FlowEnds {
  id: string;
  from: string;
  to: string;
}

/** A routed flow: its points from the source's side to the target's side, and its label's centre. */
export interface FlowRoute {
  points: Position[];
  /** Centre of the flow's label, on a segment clear of steps and other labels (flows with a label). */
  label?: Position;
  /** True when no way around the steps was found and the route is a plain elbow. */
  fallback?: boolean;
}

/** Options of {@link routeFlows}. */
export interface RouteOptions {
  orientation?: Orientation;
  /** Size of each flow's label (flows without one get no label position). */
  labels?: ReadonlyMap<string, LabelSize>;
  /** Checked between flows (an `AbortSignal` fits); an aborted run throws `Error('aborted')`. */
  signal?: { readonly aborted: boolean };
}

const FORWARD_EXIT = [0, 20, 50, 20];
const FORWARD_ENTRY = [50, 20, 0, 20];

function rotate(costs: readonly number[], by: number): number[] {
  return costs.map((_, i) => costs[(i - by + 4) % 4]!);
}

function inflate(r: Rect, m: number): Rect {
  return { x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m };
}

/**
 * Routes every flow orthogonally around the step boxes (e.g. `laneGeometry`'s placements): an A*
 * over a grid of the boxes' edges and channels with bend costs (`gridRoute`), boxes inflated by
 * `ROUTE_MARGIN`, flows preferring to leave forward and enter from behind; flows routed later avoid
 * lines earlier ones use, then flows still sharing a stretch are set apart (`nudgeShared`) and
 * labels go on a free segment (`placeLabels`). Deterministic (flow order). Flows whose ends have
 * no box are left out. Pure apart from reading `signal`.
 */
export function routeFlows(
  boxes: ReadonlyMap<string, Rect>,
  flows: readonly FlowEnds[],
  options: RouteOptions = {},
): Map<string, FlowRoute> {
  const vertical = options.orientation === 'vertical';
  const exitCost = vertical ? rotate(FORWARD_EXIT, 1) : FORWARD_EXIT;
  const entryCost = vertical ? rotate(FORWARD_ENTRY, 1) : FORWARD_ENTRY;
  const ids = [...boxes.keys()];
  const real = ids.map((id) => boxes.get(id)!);
  const inflated = real.map((b) => inflate(b, ROUTE_MARGIN));
  const index = new BoxIndex(inflated);
  let all = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const b of inflated)
    all = {
      x0: Math.min(all.x0, b.x),
      y0: Math.min(all.y0, b.y),
      x1: Math.max(all.x1, b.x + b.width),
      y1: Math.max(all.y1, b.y + b.height),
    };
  const used = new UsedLines();
  const routes = new Map<string, FlowRoute>();
  for (const flow of flows) {
    if (options.signal?.aborted) throw new Error('aborted');
    const from = boxes.get(flow.from);
    const to = boxes.get(flow.to);
    if (!from || !to) continue;
    let points: Position[] | null = flow.from === flow.to ? selfLoop(from) : null;
    for (const pad of [120, 600, Infinity]) {
      if (points) break;
      const a = inflate(from, ROUTE_MARGIN);
      const b = inflate(to, ROUTE_MARGIN);
      let w =
        pad === Infinity
          ? { x0: all.x0 - 60, y0: all.y0 - 60, x1: all.x1 + 60, y1: all.y1 + 60 }
          : {
              x0: Math.min(a.x, b.x) - pad,
              y0: Math.min(a.y, b.y) - pad,
              x1: Math.max(a.x + a.width, b.x + b.width) + pad,
              y1: Math.max(a.y + a.height, b.y + b.height) + pad,
            };
      const near = index.query(w.x0, w.y0, w.x1, w.y1).map((i) => inflated[i]!);
      // The window takes in every box it touches, so no box is cut at its edge.
      for (const o of near)
        w = {
          x0: Math.min(w.x0, o.x - 1),
          y0: Math.min(w.y0, o.y - 1),
          x1: Math.max(w.x1, o.x + o.width + 1),
          y1: Math.max(w.y1, o.y + o.height + 1),
        };
      points = gridRoute({
        from,
        to,
        obstacles: near,
        window: w,
        margin: ROUTE_MARGIN,
        exitCost,
        entryCost,
        used,
      });
    }
    const route: FlowRoute = points
      ? { points }
      : { points: elbow(from, to, vertical), fallback: true };
    routes.set(flow.id, route);
    for (let k = 0; k + 1 < route.points.length; k++) {
      const p = route.points[k]!;
      const q = route.points[k + 1]!;
      if (p.y === q.y) used.add('h', p.y, p.x, q.x);
      else used.add('v', p.x, p.y, q.y);
    }
  }
  const realIndex = new BoxIndex(real);
  const at = new Map(ids.map((id, i) => [id, i]));
  const endsOf = new Map(flows.map((f) => [f.id, [at.get(f.from) ?? -1, at.get(f.to) ?? -1]]));
  // A second pass sets apart what the first made meet (flows turning onto a moved line).
  for (let pass = 0; pass < 2; pass++)
    nudgeShared(routes, flows, real, realIndex, (id) => endsOf.get(id) ?? []);
  if (options.labels) placeLabels(routes, options.labels, real, realIndex);
  return routes;
}

/** A loop from a step back to itself: out of its right side, over it, into its top. */
function selfLoop(r: Rect): Position[] {
  const m = 2 * ROUTE_MARGIN;
  const cy = r.y + r.height / 2;
  return [
    { x: r.x + r.width, y: cy },
    { x: r.x + r.width + m, y: cy },
    { x: r.x + r.width + m, y: r.y - m },
    { x: r.x + r.width / 2, y: r.y - m },
    { x: r.x + r.width / 2, y: r.y },
  ];
}

/** A plain elbow between facing sides: what a flow gets when no route is found. Pure. */
export function elbow(a: Rect, b: Rect, vertical: boolean): Position[] {
  const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  if (!vertical) {
    const forward = bc.x >= ac.x;
    const s = { x: forward ? a.x + a.width : a.x, y: ac.y };
    const t = { x: forward ? b.x : b.x + b.width, y: bc.y };
    const mid = (s.x + t.x) / 2;
    return simplify([s, { x: mid, y: s.y }, { x: mid, y: t.y }, t]);
  }
  const forward = bc.y >= ac.y;
  const s = { x: ac.x, y: forward ? a.y + a.height : a.y };
  const t = { x: bc.x, y: forward ? b.y : b.y + b.height };
  const mid = (s.y + t.y) / 2;
  return simplify([s, { x: s.x, y: mid }, { x: t.x, y: mid }, t]);
}
