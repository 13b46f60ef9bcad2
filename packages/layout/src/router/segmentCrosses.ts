import type { Position } from '@flowsmith/model';
import type { Rect } from '../laneGeometry';

/**
 * Whether the axis-parallel segment `p`–`q` runs through the inside of `r` (touching its border
 * does not count; `slack` shrinks the box first, to forgive rounding). Pure.
 */
export function segmentCrosses(p: Position, q: Position, r: Rect, slack = 0.5): boolean {
  const x0 = r.x + slack;
  const x1 = r.x + r.width - slack;
  const y0 = r.y + slack;
  const y1 = r.y + r.height - slack;
  if (x0 >= x1 || y0 >= y1) return false;
  const lx = Math.min(p.x, q.x);
  const hx = Math.max(p.x, q.x);
  const ly = Math.min(p.y, q.y);
  const hy = Math.max(p.y, q.y);
  return lx < x1 && hx > x0 && ly < y1 && hy > y0;
}
