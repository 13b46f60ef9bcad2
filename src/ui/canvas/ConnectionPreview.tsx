/**
 * The line drawn while a flow is being connected. Over a step — its body, not only its dots —
 * the line already ends where the flow will: on the side of that step that faces the source
 * (`facingHandles`, the same choice the drawn flow makes), so the drop is confirmed before the
 * mouse is released. Elsewhere it follows the pointer.
 */
import {
  getSmoothStepPath,
  Position,
  useStore,
  type ConnectionLineComponentProps,
  type InternalNode,
} from '@xyflow/react';
import { useEditorState } from '../EditorContext';
import { laneOrientation } from '../../editor/lanes';
import { dropTarget } from './stepUnderPointer';
import { facingHandles } from './stepShape';
import type { StepNode } from './deriveNodes';

const SIDES: Record<string, Position> = {
  t: Position.Top,
  r: Position.Right,
  b: Position.Bottom,
  l: Position.Left,
};

/** The step node whose box contains the flow point `p`, if any. */
function stepNodeAt(
  lookup: ReadonlyMap<string, InternalNode>,
  p: { x: number; y: number },
): InternalNode | null {
  for (const node of lookup.values()) {
    if (node.type !== 'step') continue;
    const { x, y } = node.internals.positionAbsolute;
    const w = node.measured.width ?? 0;
    const h = node.measured.height ?? 0;
    if (p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h) return node;
  }
  return null;
}

/** The middle of a node's side, in flow coordinates. */
function sideMiddle(node: InternalNode, side: Position): { x: number; y: number } {
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? 0;
  const h = node.measured.height ?? 0;
  if (side === Position.Top) return { x: x + w / 2, y };
  if (side === Position.Bottom) return { x: x + w / 2, y: y + h };
  if (side === Position.Left) return { x, y: y + h / 2 };
  return { x: x + w, y: y + h / 2 };
}

/** React Flow's connection line component for the canvas. */
export function ConnectionPreview({
  fromNode,
  fromX,
  fromY,
  fromPosition,
  toX,
  toY,
  toPosition,
  toNode,
  connectionStatus,
  pointer,
}: ConnectionLineComponentProps) {
  const lookup = useStore((s) => s.nodeLookup);
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const orientation = useEditorState((s) => laneOrientation(s.doc));
  const at = { x: (pointer.x - tx) / zoom, y: (pointer.y - ty) / zoom };
  const under = stepNodeAt(lookup, at);
  const snapped = connectionStatus === 'valid' ? toNode : null;
  const targetId = dropTarget(fromNode.id, under?.id ?? null, snapped?.id ?? null);
  const target = targetId ? lookup.get(targetId) : undefined;
  let end = { x: toX, y: toY, position: toPosition };
  if (target && target.type === 'step' && fromNode.type === 'step') {
    const from = (fromNode as unknown as InternalNode<StepNode>).data.step;
    const to = (target as unknown as InternalNode<StepNode>).data.step;
    const side = SIDES[facingHandles(from, to, orientation)[1]] ?? Position.Left;
    end = { ...sideMiddle(target, side), position: side };
  }
  const [path] = getSmoothStepPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: end.x,
    targetY: end.y,
    targetPosition: end.position,
  });
  return (
    <path
      d={path}
      fill="none"
      className={`fs-connection-preview${target ? ' is-over-step' : ''}`}
      data-target={targetId ?? ''}
    />
  );
}
