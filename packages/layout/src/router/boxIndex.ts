import type { Rect } from '../laneGeometry';

const CELL = 256;

/** A uniform-grid spatial index of rectangles, for "which boxes touch this area". */
export class BoxIndex {
  private cells = new Map<string, number[]>();

  constructor(readonly boxes: readonly Rect[]) {
    boxes.forEach((b, i) => {
      for (const key of this.keysOf(b.x, b.y, b.x + b.width, b.y + b.height)) {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      }
    });
  }

  private *keysOf(x0: number, y0: number, x1: number, y1: number): Generator<string> {
    for (let i = Math.floor(x0 / CELL); i <= Math.floor(x1 / CELL); i++)
      for (let j = Math.floor(y0 / CELL); j <= Math.floor(y1 / CELL); j++) yield `${i},${j}`;
  }

  /** Indices of the boxes that overlap the area (closed), each once, in ascending order. */
  query(x0: number, y0: number, x1: number, y1: number): number[] {
    const found = new Set<number>();
    const cellsWide =
      (Math.floor(x1 / CELL) - Math.floor(x0 / CELL) + 1) *
      (Math.floor(y1 / CELL) - Math.floor(y0 / CELL) + 1);
    if (cellsWide > this.cells.size) {
      this.boxes.forEach((b, i) => {
        if (b.x <= x1 && b.x + b.width >= x0 && b.y <= y1 && b.y + b.height >= y0) found.add(i);
      });
    } else
      for (const key of this.keysOf(x0, y0, x1, y1))
        for (const i of this.cells.get(key) ?? []) {
          const b = this.boxes[i]!;
          if (b.x <= x1 && b.x + b.width >= x0 && b.y <= y1 && b.y + b.height >= y0) found.add(i);
        }
    return [...found].sort((a, b) => a - b);
  }
}
