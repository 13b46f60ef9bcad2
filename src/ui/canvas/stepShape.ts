import { stepSize, type Size } from '@flowsmith/layout';
import type { Step } from '@flowsmith/model';
import { Position, type NodeHandle } from '@xyflow/react';

/** The size a step is drawn at: the layout package's sizes, so layouts and drawings agree. */
export function shapeSize(step: Pick<Step, 'type'>): Size {
  return stepSize(step);
}

const HANDLE = 10;
const handleCache = new Map<string, NodeHandle[]>();

/**
 * The four connection points of a shape (top, right, bottom, left), given up front so React Flow
 * can draw edges to steps it has not rendered (onlyRenderVisibleElements) without measuring them.
 * Every handle is a source; the canvas connects in loose mode. Memoised per size.
 */
export function shapeHandles(size: Size): NodeHandle[] {
  const key = `${size.width}x${size.height}`;
  const cached = handleCache.get(key);
  if (cached) return cached;
  const { width: w, height: h } = size;
  const half = HANDLE / 2;
  const handles: NodeHandle[] = [
    {
      id: 't',
      type: 'source',
      position: Position.Top,
      x: w / 2 - half,
      y: -half,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: 'r',
      type: 'source',
      position: Position.Right,
      x: w - half,
      y: h / 2 - half,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: 'b',
      type: 'source',
      position: Position.Bottom,
      x: w / 2 - half,
      y: h - half,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: 'l',
      type: 'source',
      position: Position.Left,
      x: -half,
      y: h / 2 - half,
      width: HANDLE,
      height: HANDLE,
    },
  ];
  handleCache.set(key, handles);
  return handles;
}

/**
 * The sides a flow leaves and enters by, chosen so the orthogonal path rarely runs under other
 * steps (lanes read left to right; "forward" means along the flow). Pure.
 *   - same row: leave forward, enter from behind;
 *   - one above the other: straight down or up;
 *   - forward to another row: a gateway branches out of its top or bottom and enters from
 *     behind; other steps leave forward and drop into the target from above or below;
 *   - backward (a loop): out and in on the same outer side, so the path goes around.
 */
export function facingHandles(
  from: Pick<Step, 'type' | 'position'>,
  to: Pick<Step, 'type' | 'position'>,
  orientation: 'horizontal' | 'vertical',
): [string, string] {
  const a = from.position ?? { x: 0, y: 0 };
  const b = to.position ?? { x: 0, y: 0 };
  const h = orientation === 'horizontal';
  // Work in flow axes: main = along the flow, cross = across the lanes.
  const dMain = h ? b.x - a.x : b.y - a.y;
  const dCross = h ? b.y - a.y : b.x - a.x;
  const sa = shapeSize(from);
  const sb = shapeSize(to);
  const halfMain = ((h ? sa.width : sa.height) + (h ? sb.width : sb.height)) / 4;
  const halfCross = ((h ? sa.height : sa.width) + (h ? sb.height : sb.width)) / 4;
  const [fwd, back, down, up] = h ? ['r', 'l', 'b', 't'] : ['b', 't', 'r', 'l'];
  if (Math.abs(dCross) < halfCross * 0.5) return dMain >= 0 ? [fwd, back] : [down, down];
  const towards = dCross > 0 ? down : up;
  const away = dCross > 0 ? up : down;
  if (Math.abs(dMain) < halfMain) return [towards, away];
  if (dMain < 0) return [towards, towards === down ? down : up];
  if (from.type === 'xor' || from.type === 'or' || from.type === 'and') return [towards, back];
  // Events carry their name below them: come in from behind rather than through the name.
  if (to.type === 'end' || to.type === 'start' || to.type === 'timer') return [fwd, back];
  return [fwd, away];
}

/** Eight lane colours that stay readable behind dark text; a role keeps its colour by position. */
export const ROLE_COLOURS = [
  '#4f7cff',
  '#1fa37a',
  '#e0851b',
  '#a55be0',
  '#d6455d',
  '#1e9bbf',
  '#8d9b1c',
  '#b4683a',
] as const;

/** The colour of the role at `index` in the document's role list. Pure. */
export function roleColour(index: number): string {
  return index < 0 ? '#8a94a6' : ROLE_COLOURS[index % ROLE_COLOURS.length]!;
}

/**
 * Where a flow between two rows turns: just before its target (in the gap every layout leaves
 * there) rather than half-way, where another step of the source's row usually stands. Pure.
 */
export function turnNearTarget(
  sx: number,
  sy: number,
  sp: Position,
  tx: number,
  ty: number,
  tp: Position,
): { centerX?: number; centerY?: number } {
  if (sp === Position.Right && tp === Position.Left && Math.abs(sy - ty) > 1 && tx - sx > 60)
    return { centerX: tx - 24 };
  if (sp === Position.Bottom && tp === Position.Top && Math.abs(sx - tx) > 1 && ty - sy > 60)
    return { centerY: ty - 24 };
  return {};
}
