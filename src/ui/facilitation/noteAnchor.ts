/** Where a note sits on the map, in flow coordinates (its top-left corner). */
export interface NotePoint {
  x: number;
  y: number;
}

/** A rectangle of the map in flow coordinates. */
export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far each further note on the same element is shifted, so a pile shows its size. */
export const PILE_SHIFT = 10;
/** A note's width on the map. */
export const NOTE_WIDTH = 136;

/**
 * Where the `pile`-th note (0 first) attached to an element sits: under a step (clear of its
 * waste tags and of the context pad above it), at the middle of a flow (between its ends'
 * centres), inside the top of a lane after its header; `null` when the element is not on the map.
 * Pure.
 */
export function anchorPoint(
  kind: 'step' | 'flow' | 'lane',
  rects: readonly MapRect[],
  pile: number,
): NotePoint | null {
  const shift = pile * PILE_SHIFT;
  const [a, b] = rects;
  if (!a) return null;
  if (kind === 'step')
    return { x: a.x + a.width / 2 - NOTE_WIDTH / 2 + shift, y: a.y + a.height + 24 + shift };
  if (kind === 'lane') return { x: a.x + 44 + shift, y: a.y + 6 + shift };
  if (!b) return null;
  const cx = (a.x + a.width / 2 + b.x + b.width / 2) / 2;
  const cy = (a.y + a.height / 2 + b.y + b.height / 2) / 2;
  return { x: cx - NOTE_WIDTH / 2 + shift, y: cy + 8 + shift };
}
