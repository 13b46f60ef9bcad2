/** The least zoom at which step names can still be read. */
export const READABLE_ZOOM = 0.6;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a newly opened process is shown. The whole process when it fits at a readable zoom
 * (`null`: let the canvas fit it); otherwise its beginning — the left (or top, for vertical
 * lanes) of its steps — at `READABLE_ZOOM`, centred across the lanes when they fit. Pure.
 */
export function openingViewport(
  bounds: Rect,
  screen: { width: number; height: number },
  fitZoom: number,
  margin = 16,
): { x: number; y: number; zoom: number } | null {
  if (fitZoom >= READABLE_ZOOM) return null;
  const z = READABLE_ZOOM;
  const across = (start: number, size: number, room: number) =>
    size * z < room ? (room - size * z) / 2 - start * z : margin - start * z;
  const wide = bounds.width / screen.width >= bounds.height / screen.height;
  return wide
    ? { x: margin - bounds.x * z, y: across(bounds.y, bounds.height, screen.height), zoom: z }
    : { x: across(bounds.x, bounds.width, screen.width), y: margin - bounds.y * z, zoom: z };
}
