import { buildGraph, topologicalOrder, type ProcessDocument, type Step } from '@flowsmith/model';
import type { ElkPlacement } from './elkLayers';
import { LAYER_GAP, STEP_GAP, axisSizes } from './geometry';
import type { Rect } from './laneGeometry';
import { elbow, type FlowEnds, type FlowRoute } from './router/routeFlows';
import type { LabelSize } from './router/placeLabels';
import type { Orientation } from './types';

/**
 * Above this many steps `layoutProcess` uses {@link gridLayers} instead of ELK, and drawings
 * route flows with {@link elbowRoutes} instead of the obstacle-avoiding router: ELK needs about
 * 6 s for 2,000 steps, 19 s for 5,000 and overflows its stack near 10,000; the router takes about
 * a minute for 20,000. The simple path is linear in the size of the process.
 */
export const LARGE_LAYOUT_STEPS = 2_000;

/** Whether `doc` is too large for the full layout and routing (see {@link LARGE_LAYOUT_STEPS}). */
export function isLargeForLayout(doc: Pick<ProcessDocument, 'steps'>): boolean {
  return doc.steps.length > LARGE_LAYOUT_STEPS;
}

/**
 * A simple, linear-time placement along the flow, in the shape `elkLayers` returns: each step's
 * layer is the longest path to it from a start in topological order (loops' back edges ignored,
 * `topologicalOrder` of @flowsmith/model), layers one column (or row, when `vertical`) apart;
 * across the flow, steps of a layer are stacked in that order. Only `steps` are returned. Pure
 * and deterministic; O(steps + flows) apart from the topological sort.
 */
export function gridLayers(
  doc: ProcessDocument,
  steps: readonly Step[],
  orientation: Orientation,
): Map<string, ElkPlacement> {
  const graph = buildGraph(doc);
  const { order, backEdges } = topologicalOrder(graph);
  const back = new Set(backEdges.map((f) => f.id));
  const layer = new Map<string, number>();
  for (const id of order) {
    const here = layer.get(id) ?? 0;
    layer.set(id, here);
    for (const f of graph.outgoing(id))
      if (!back.has(f.id) && f.to !== id) layer.set(f.to, Math.max(layer.get(f.to) ?? 0, here + 1));
  }
  let mainSize = 0;
  let crossSize = 0;
  for (const s of steps) {
    const size = axisSizes(s, orientation);
    mainSize = Math.max(mainSize, size.main);
    crossSize = Math.max(crossSize, size.cross);
  }
  const stacked = new Map<number, number>();
  const placements = new Map<string, ElkPlacement>();
  const wanted = new Set(steps.map((s) => s.id));
  for (const id of order) {
    if (!wanted.has(id)) continue;
    const l = layer.get(id) ?? 0;
    const k = stacked.get(l) ?? 0;
    stacked.set(l, k + 1);
    placements.set(id, {
      main: l * (mainSize + LAYER_GAP) + mainSize / 2,
      cross: k * (crossSize + STEP_GAP) + crossSize / 2,
    });
  }
  return placements;
}

/**
 * Each flow between two placed boxes as a plain elbow (`elbow`: out of the source's side, one
 * bend column halfway, into the target's side), its label (when `labels` has one) at the middle
 * of the route. The linear-time stand-in for `routeFlows` on large processes: routes may cross
 * steps. Pure.
 */
export function elbowRoutes(
  boxes: ReadonlyMap<string, Rect>,
  flows: readonly FlowEnds[],
  options: { orientation?: Orientation; labels?: ReadonlyMap<string, LabelSize> } = {},
): Map<string, FlowRoute> {
  const vertical = options.orientation === 'vertical';
  const routes = new Map<string, FlowRoute>();
  for (const f of flows) {
    const a = boxes.get(f.from);
    const b = boxes.get(f.to);
    if (!a || !b) continue;
    const points = elbow(a, b, vertical);
    const route: FlowRoute = { points };
    if (options.labels?.has(f.id)) {
      const i = Math.max(0, Math.floor((points.length - 1) / 2));
      const p = points[i]!;
      const q = points[Math.min(points.length - 1, i + 1)]!;
      route.label = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
    routes.set(f.id, route);
  }
  return routes;
}
