import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';

/** What a lane draws: its role's name and colour, and its place in the order. */
export interface LaneNodeData extends Record<string, unknown> {
  roleId: string | null;
  name: string;
  colour: string;
  orientation: 'horizontal' | 'vertical';
  index: number;
  /** Number of role lanes (the role-less lane is not reorderable). */
  count: number;
}

/** A swimlane node of the canvas. */
export type LaneNode = Node<LaneNodeData, 'lane'>;

/**
 * A swimlane: a tinted band behind the steps. It lets clicks through to the canvas (marquee,
 * deselect). Its name is not drawn here but in the pinned header column (`LaneHeaders`), which
 * stays at the viewport's edge and keeps a readable size at any zoom.
 */
function LaneNodeView({ data }: NodeProps<LaneNode>) {
  return (
    <div
      className={`fs-lane fs-lane--${data.orientation}`}
      style={{ '--role': data.colour } as React.CSSProperties}
      data-lane={data.roleId ?? ''}
    />
  );
}

/** Memoised: a lane re-renders only when its band or role changes. */
export const LaneNodeComponent = memo(LaneNodeView);
