import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { turnNearTarget } from './stepShape';
import type { FlowEdge } from './deriveNodes';
import { routePath } from './routePath';

/**
 * A flow: its route around the steps (from the layout worker's router) with an arrow — or, while
 * the route is stale (an end moved since), a smooth-step path between facing handles — and a label
 * chip showing the flow's label, its probability and a mark when it carries a condition or is
 * the default.
 */
function FlowEdgeViewInner(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  const route = props.data?.route;
  const [smoothPath, smoothX, smoothY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    borderRadius: 10,
    offset: 18,
    ...turnNearTarget(sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition),
  });
  const path = route ? routePath(route.points) : smoothPath;
  const labelX = route?.label?.x ?? smoothX;
  const labelY = route?.label?.y ?? smoothY;
  const flow = data?.flow;
  const parts: string[] = [];
  if (flow?.label) parts.push(flow.label);
  if (flow?.probability !== undefined) parts.push(`${Math.round(flow.probability * 1000) / 10}%`);
  const hasChip = parts.length > 0 || flow?.condition || flow?.default;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={selected ? 'url(#fs-arrow-selected)' : 'url(#fs-arrow)'}
        className={`fs-flow${selected ? ' is-selected' : ''}${route ? ' is-routed' : ''}`}
        interactionWidth={16}
      />
      {hasChip && (
        <EdgeLabelRenderer>
          <div
            className={`fs-flow-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {flow?.default && (
              <span className="fs-flow-default" aria-hidden>
                /{' '}
              </span>
            )}
            {parts.join(' · ')}
            {flow?.condition && (
              <span className="fs-flow-cond" title={flow.condition}>
                {' '}
                ƒ
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Memoised: rebuilt only when the edge or its end points move. */
export const FlowEdgeView = memo(FlowEdgeViewInner);

/** The arrow heads: the plain one and the selected flow's, in the canvas's ink and accent colours. */
const ARROWS = [
  { id: 'fs-arrow', fill: '#5b6475' },
  { id: 'fs-arrow-selected', fill: '#2f6bff' },
] as const;

/** Arrow heads used by every flow, defined once per canvas. */
export function FlowMarkers() {
  return (
    <svg className="fs-markers" aria-hidden width="0" height="0">
      <defs>
        {ARROWS.map(({ id, fill }) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M0 0L10 5L0 10z" fill={fill} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
