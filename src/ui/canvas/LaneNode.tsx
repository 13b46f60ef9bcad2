import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { moveLane } from './moveLane';

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
 * A swimlane: a tinted band behind the steps with a header naming the role. The band lets
 * clicks through to the canvas (marquee, deselect); only the header takes the pointer.
 */
function LaneNodeView({ data }: NodeProps<LaneNode>) {
  const { t } = useTranslation();
  const services = useServices();
  const { roleId, name, colour, orientation, index, count } = data;
  const vertical = orientation === 'vertical';
  return (
    <div
      className={`fs-lane fs-lane--${orientation}`}
      style={{ '--role': colour } as React.CSSProperties}
    >
      <div className="fs-lane-header" role="group" aria-label={t('lane.aria', { name })}>
        <span className="fs-lane-name" title={name}>
          {roleId === null ? t('lane.noRole') : name}
        </span>
        {roleId !== null && count > 1 && (
          <span className="fs-lane-buttons">
            <button
              type="button"
              className="nodrag"
              disabled={index === 0}
              aria-label={t('lane.moveEarlier', { name })}
              title={t('lane.moveEarlier', { name })}
              onClick={() => moveLane(services.editor, roleId, -1)}
            >
              {vertical ? '←' : '↑'}
            </button>
            <button
              type="button"
              className="nodrag"
              disabled={index === count - 1}
              aria-label={t('lane.moveLater', { name })}
              title={t('lane.moveLater', { name })}
              onClick={() => moveLane(services.editor, roleId, 1)}
            >
              {vertical ? '→' : '↓'}
            </button>
          </span>
        )}
      </div>
    </div>
  );
}

/** Memoised: a lane re-renders only when its band or role changes. */
export const LaneNodeComponent = memo(LaneNodeView);
