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
    { id: 't', type: 'source', position: Position.Top, x: w / 2 - half, y: -half, width: HANDLE, height: HANDLE },
    { id: 'r', type: 'source', position: Position.Right, x: w - half, y: h / 2 - half, width: HANDLE, height: HANDLE },
    { id: 'b', type: 'source', position: Position.Bottom, x: w / 2 - half, y: h - half, width: HANDLE, height: HANDLE },
    { id: 'l', type: 'source', position: Position.Left, x: -half, y: h / 2 - half, width: HANDLE, height: HANDLE },
  ];
  handleCache.set(key, handles);
  return handles;
}

/** Handle ids for a flow between two centres: leave and enter on the sides facing each other. Pure. */
export function facingHandles(
  from: { x: number; y: number },
  to: { x: number; y: number },
  orientation: 'horizontal' | 'vertical',
): [string, string] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  // Prefer the reading direction: a small sideways offset still leaves forwards.
  const alongMain = orientation === 'horizontal' ? Math.abs(dx) >= Math.abs(dy) * 0.6 : Math.abs(dy) < Math.abs(dx) * 0.6;
  if (alongMain) return dx >= 0 ? ['r', 'l'] : ['l', 'r'];
  return dy >= 0 ? ['b', 't'] : ['t', 'b'];
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
