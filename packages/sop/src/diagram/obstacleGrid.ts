import type { Rect } from '@flowsmith/layout';

const CELL = 200;

/**
 * Rectangles filed by a 200-unit grid, so finding those near a place costs the neighbourhood, not
 * the whole drawing: a 20,000-step flowchart places each gateway name among a handful of boxes.
 * Each rectangle may carry the id of the step it belongs to.
 */
export class ObstacleGrid {
  private readonly cells = new Map<string, Array<{ id: string | undefined; box: Rect }>>();

  /** Files `box` (of step `id`, when it is a step's) in every cell it touches. */
  add(box: Rect, id?: string): void {
    const entry = { id, box };
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(entry);
      else this.cells.set(key, [entry]);
    }
  }

  /** Every rectangle touching a cell of `region`, each once, leaving out those of step `except`. */
  near(region: Rect, except?: string): Rect[] {
    const seen = new Set<Rect>();
    for (const key of this.keys(region))
      for (const e of this.cells.get(key) ?? [])
        if (e.id === undefined || e.id !== except) seen.add(e.box);
    return [...seen];
  }

  private *keys(r: Rect): Generator<string> {
    const x0 = Math.floor(r.x / CELL);
    const x1 = Math.floor((r.x + r.width) / CELL);
    const y0 = Math.floor(r.y / CELL);
    const y1 = Math.floor((r.y + r.height) / CELL);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) yield `${i},${j}`;
  }
}

/** The region a gateway's name may cover on any side: the diamond grown by the name's size. Pure. */
export function nameRegion(gateway: Rect, label: { width: number; height: number }): Rect {
  const dx = label.width + 20;
  const dy = label.height + 20;
  return {
    x: gateway.x - dx,
    y: gateway.y - dy,
    width: gateway.width + 2 * dx,
    height: gateway.height + 2 * dy,
  };
}
