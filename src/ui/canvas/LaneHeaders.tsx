import './laneHeaders.css';
import { memo } from 'react';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import type { LaneNode } from './LaneNode';
import { moveLane } from './moveLane';

/** Screen px of a band that must be in view for its header to show (its buttons need more). */
const MIN_VISIBLE = 28;

/**
 * The lanes' names, pinned to the canvas's left edge (top edge for lanes as columns) whatever the
 * pan: drawn in screen space over the map, each header spanning its band's screen height (width)
 * at the current zoom (its visible part, when the band is partly scrolled away). Text is horizontal, at a fixed screen size (never scaled down with the
 * zoom), wrapped and never cut off. Each role's header also moves its lane earlier or later.
 * The column lets the pointer through (panning and marquee work over it) except on its buttons.
 * Rendered inside `<ReactFlow>` (it reads the viewport from React Flow's store).
 */
function LaneHeadersView({
  lanes,
  orientation,
  size,
}: {
  lanes: readonly LaneNode[];
  orientation: 'horizontal' | 'vertical';
  /** Screen px of the column's width (rows) or the row's height (columns). */
  size: number;
}) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneSize = useStore((s) => (orientation === 'horizontal' ? s.height : s.width));
  const rows = orientation === 'horizontal';
  if (lanes.length === 0) return null;
  return (
    <div
      className={`fs-lane-headers fs-lane-headers--${orientation}`}
      style={rows ? { width: size } : { height: size }}
      data-testid="lane-headers"
    >
      {lanes.map((lane) => {
        const { roleId, name, colour, index, count } = lane.data;
        const label = roleId === null ? t('lane.noRole') : name;
        // The band's visible part: a header stays readable while its band is half scrolled away.
        const from = rows ? ty + lane.position.y * zoom : tx + lane.position.x * zoom;
        const to = from + (rows ? (lane.height ?? 0) : (lane.width ?? 0)) * zoom;
        const start = Math.max(from, 0);
        const end = paneSize > 0 ? Math.min(to, paneSize) : to;
        if (end - start < MIN_VISIBLE) return null; // a sliver at the edge: no room for a name
        const place: React.CSSProperties = rows
          ? { top: start, height: end - start }
          : { left: start, width: end - start };
        return (
          <div
            key={lane.id}
            className="fs-pinned-lane"
            role="group"
            aria-label={t('lane.aria', { name: label })}
            data-lane={roleId ?? ''}
            style={{ ...place, '--role': colour } as React.CSSProperties}
          >
            <span className="fs-lane-name">{label}</span>
            {roleId !== null && count > 1 && end - start >= (rows ? 56 : 96) && (
              <span className="fs-pinned-lane-buttons">
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label={t('lane.moveEarlier', { name })}
                  title={t('lane.moveEarlier', { name })}
                  onClick={() => moveLane(editor, roleId, -1)}
                >
                  {rows ? '↑' : '←'}
                </button>
                <button
                  type="button"
                  disabled={index === count - 1}
                  aria-label={t('lane.moveLater', { name })}
                  title={t('lane.moveLater', { name })}
                  onClick={() => moveLane(editor, roleId, 1)}
                >
                  {rows ? '↓' : '→'}
                </button>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Memoised: redrawn when the viewport or the lanes change, not on other canvas updates. */
export const LaneHeaders = memo(LaneHeadersView);
