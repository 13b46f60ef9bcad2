import type { Position } from '@flowsmith/model';
import type { Rect } from '../laneGeometry';
import type { BoxIndex } from './boxIndex';
import type { FlowRoute } from './routeFlows';

/** The size a flow's label takes, in canvas units. */
export interface LabelSize {
  width: number;
  height: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

/**
 * Puts each labelled flow's label on one of its segments — the longest first, at its middle,
 * then a quarter from either end; on the line, else just beside it — where it overlaps no step
 * and no label placed before it; failing that, where it overlaps no step; failing that, at the
 * middle of the longest segment. Sets `label` on `routes` in place.
 */
export function placeLabels(
  routes: Map<string, FlowRoute>,
  sizes: ReadonlyMap<string, LabelSize>,
  boxes: readonly Rect[],
  index: BoxIndex,
): void {
  const placed: Rect[] = [];
  for (const [id, route] of routes) {
    const size = sizes.get(id);
    if (!size) continue;
    const segments = route.points
      .slice(0, -1)
      .map((p, k) => [p, route.points[k + 1]!] as const)
      .sort((a, b) => length(b) - length(a));
    let chosen: Position | undefined;
    let clearOfSteps: Position | undefined;
    search: for (const [p, q] of segments) {
      const horizontal = Math.abs(p.y - q.y) < 1e-6;
      // On the line, then beside it (above / left first).
      const beside = horizontal ? size.height / 2 + 3 : size.width / 2 + 3;
      for (const side of [0, -beside, beside])
        for (const t of [0.5, 0.25, 0.75]) {
          const c = {
            x: p.x + (q.x - p.x) * t + (horizontal ? 0 : side),
            y: p.y + (q.y - p.y) * t + (horizontal ? side : 0),
          };
          const r = { x: c.x - size.width / 2, y: c.y - size.height / 2, ...size };
          const hitsStep = index
            .query(r.x, r.y, r.x + r.width, r.y + r.height)
            .some((i) => overlaps(r, boxes[i]!));
          if (hitsStep) continue;
          clearOfSteps ??= c;
          if (placed.some((o) => overlaps(r, o))) continue;
          chosen = c;
          placed.push(r);
          break search;
        }
    }
    chosen ??= clearOfSteps;
    if (!chosen && segments[0]) {
      const [p, q] = segments[0];
      chosen = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
    if (chosen) route.label = chosen;
  }
}

function length([p, q]: readonly [Position, Position]): number {
  return Math.abs(p.x - q.x) + Math.abs(p.y - q.y);
}
