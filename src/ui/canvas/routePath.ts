import type { Position } from '@flowsmith/model';

/**
 * SVG path data for an orthogonal route: straight runs joined by rounded corners of `radius`
 * (smaller where a run is short). Pure.
 */
export function routePath(points: readonly Position[], radius = 8): string {
  if (points.length === 0) return '';
  const r2 = (v: number) => Math.round(v * 10) / 10;
  let d = `M${r2(points[0]!.x)} ${r2(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const lenIn = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    const lenOut = Math.abs(c.x - b.x) + Math.abs(c.y - b.y);
    const r = Math.min(radius, lenIn / 2, lenOut / 2);
    const ux = Math.sign(b.x - a.x);
    const uy = Math.sign(b.y - a.y);
    const vx = Math.sign(c.x - b.x);
    const vy = Math.sign(c.y - b.y);
    d += `L${r2(b.x - ux * r)} ${r2(b.y - uy * r)}Q${r2(b.x)} ${r2(b.y)} ${r2(b.x + vx * r)} ${r2(b.y + vy * r)}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${r2(last.x)} ${r2(last.y)}`;
}
