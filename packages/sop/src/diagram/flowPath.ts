import type { Position } from '@flowsmith/model';
import type { Orientation } from '@flowsmith/layout';

/** A box around a step: its centre and half sizes. */
export interface Box {
  c: Position;
  hw: number;
  hh: number;
}

/** An orthogonal route: its points, and where its label goes. */
export interface Route {
  points: Position[];
  label: Position;
  /** How the label's text aligns on its point (SVG `text-anchor`). */
  anchor: 'start' | 'middle' | 'end';
}

/**
 * An orthogonal route from box `a` to box `b`. Forward along the flow: out of `a`'s far side, a
 * bend halfway, into `b`'s near side. Backward (a loop): out of `a`'s side away from the flow,
 * around both boxes, into `b` from the same side. Same column: straight across the flow. Pure.
 */
export function flowPath(a: Box, b: Box, orientation: Orientation): Route {
  // Work in (main, cross) axes so both orientations share one routine.
  const h = orientation === 'horizontal';
  const m = (p: Position) => (h ? p.x : p.y);
  const c = (p: Position) => (h ? p.y : p.x);
  const at = (main: number, cross: number): Position =>
    h ? { x: main, y: cross } : { x: cross, y: main };
  const am = h ? a.hw : a.hh;
  const ac = h ? a.hh : a.hw;
  const bm = h ? b.hw : b.hh;
  const bc = h ? b.hh : b.hw;
  const [a0, a1, b0, b1] = [m(a.c), c(a.c), m(b.c), c(b.c)];
  if (b0 - bm >= a0 + am + 10) {
    const start = at(a0 + am, a1);
    const end = at(b0 - bm, b1);
    const mid = (a0 + am + b0 - bm) / 2;
    const points = a1 === b1 ? [start, end] : [start, at(mid, a1), at(mid, b1), end];
    // Near the target, where flows of one split have parted (their starts coincide).
    return { points, label: at(b0 - bm - 4, b1 - 6), anchor: 'end' };
  }
  if (Math.abs(a0 - b0) < Math.max(am, bm) && Math.abs(a1 - b1) > ac + bc) {
    const down = b1 > a1 ? 1 : -1;
    const start = at(a0, a1 + down * ac);
    const end = at(b0, b1 - down * bc);
    const mid = (a1 + down * ac + b1 - down * bc) / 2;
    const points = a0 === b0 ? [start, end] : [start, at(a0, mid), at(b0, mid), end];
    return { points, label: at(a0 + 6, a1 + down * (ac + 12)), anchor: 'start' };
  }
  const outside = Math.max(a1 + ac, b1 + bc) + 28;
  const start = at(a0, a1 + ac);
  const end = at(b0, b1 + bc);
  return {
    points: [start, at(a0, outside), at(b0, outside), end],
    label: at((a0 + b0) / 2, outside - 5),
    anchor: 'middle',
  };
}
