/** The font size of a step's name on the canvas, in flow units (px at 100 %). */
export const STEP_TEXT_PX = 12;
/** The least on-screen size of a step's name that still reads, in CSS px. */
export const MIN_TEXT_PX = 10;
/** The least zoom "Fit" and the opening view use: step names at `MIN_TEXT_PX` or more. */
export const LEGIBLE_ZOOM = MIN_TEXT_PX / STEP_TEXT_PX;

/** A rectangle in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A React Flow viewport: screen = flow × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** What the fit looks at; see `openingViewport`. */
export interface FitInput {
  /** Bounds of all the steps. */
  steps: Rect;
  /** Bounds of all the lane bands, or null when the process has no lanes. */
  lanes: Rect | null;
  /** The start event's box: a flow too long for the screen is shown from here. */
  start: Rect | null;
  /** The canvas's size in CSS px. */
  screen: { width: number; height: number };
  /** Lanes as rows (headers on the left) or columns (headers on top). */
  orientation: 'horizontal' | 'vertical';
  /** Screen px the pinned lane headers cover at the left (rows) or top (columns). */
  header: number;
  /** Defaults to `LEGIBLE_ZOOM`. */
  minZoom?: number;
  /** Defaults to 1.2. */
  maxZoom?: number;
  /** Screen px kept free around the fitted content; defaults to 24. */
  margin?: number;
  /** Extra screen px before the start event (its name is wider than it); defaults to 48. */
  lead?: number;
}

/**
 * The view "Fit" shows and a process opens at. Across the flow it fits the lanes (all lanes
 * visible; the steps when there are none); along the flow, the whole process when that fits at
 * this zoom, centred in the room beside the pinned lane headers. A flow longer than the screen is
 * shown from its start event (or its first step) just past the headers, and the user scrolls along
 * it. The zoom never drops below `minZoom` (lanes taller than the screen then show from the top)
 * nor rises above `maxZoom`. Pure.
 */
export function openingViewport(input: FitInput): Viewport {
  const { steps, lanes, start, screen, orientation, header } = input;
  const minZoom = input.minZoom ?? LEGIBLE_ZOOM;
  const maxZoom = Math.max(minZoom, input.maxZoom ?? 1.2);
  const margin = input.margin ?? 24;
  const lead = input.lead ?? 48;
  const h = orientation === 'horizontal';
  // Work in (main = along the flow, cross = across it) coordinates, then map back.
  const main = (r: Rect) => (h ? { at: r.x, size: r.width } : { at: r.y, size: r.height });
  const cross = (r: Rect) => (h ? { at: r.y, size: r.height } : { at: r.x, size: r.width });
  const room = {
    main: Math.max(1, (h ? screen.width : screen.height) - header - 2 * margin),
    cross: Math.max(1, (h ? screen.height : screen.width) - 2 * margin),
  };
  const along = main(steps);
  const across = cross(lanes ?? steps);
  const fitAcross = room.cross / Math.max(1, across.size);
  const fitAll = Math.min(fitAcross, room.main / Math.max(1, along.size));
  const whole = fitAll >= minZoom;
  const zoom = clamp(whole ? fitAll : fitAcross, minZoom, maxZoom);
  const first = start ? Math.min(main(start).at, along.at) : along.at;
  const mainOffset =
    whole || along.size * zoom <= room.main
      ? header + margin + (room.main - along.size * zoom) / 2 - along.at * zoom
      : header + margin + lead - first * zoom;
  const crossOffset =
    across.size * zoom <= room.cross
      ? margin + (room.cross - across.size * zoom) / 2 - across.at * zoom
      : margin - across.at * zoom;
  return h ? { x: mainOffset, y: crossOffset, zoom } : { x: crossOffset, y: mainOffset, zoom };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
