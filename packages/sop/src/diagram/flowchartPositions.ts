import {
  buildGraph,
  topologicalOrder,
  type Position,
  type ProcessDocument,
} from '@flowsmith/model';
import { laneOf, laneOrder } from '@flowsmith/layout';

/**
 * The centre of every step for the flowchart: `given` first (e.g. from `layoutProcess`), then the
 * step's own `position`. Steps with neither are placed by a quick stand-in so a preview is never
 * empty: in flow order, one column per step along its lane's row, after everything already
 * placed. For a proper layout call `layoutForSop` (elkjs) first. Pure.
 */
export function flowchartPositions(
  doc: ProcessDocument,
  given: Readonly<Record<string, Position>> = {},
): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const missing: string[] = [];
  for (const step of doc.steps) {
    const p = Object.hasOwn(given, step.id) ? given[step.id] : step.position;
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) positions[step.id] = { x: p.x, y: p.y };
    else missing.push(step.id);
  }
  if (missing.length === 0) return positions;
  const lanes = laneOf(doc);
  const rows = laneOrder(doc, lanes);
  const placed = Object.values(positions);
  let x = placed.length > 0 ? Math.max(...placed.map((p) => p.x)) + 160 : 100;
  const todo = new Set(missing);
  for (const id of topologicalOrder(buildGraph(doc)).order) {
    if (!todo.has(id)) continue;
    const row = Math.max(0, rows.indexOf(lanes.get(id) ?? null));
    positions[id] = { x, y: 80 + row * 160 };
    x += 150;
  }
  return positions;
}
