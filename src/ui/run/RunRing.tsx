import { memo } from 'react';
import { useInternalNode } from '@xyflow/react';

const PAD = 6;
const STEP = 5;

/** A pulsing outline around one step for one case, `level` rings out when other cases are there too. */
function RunRingView({
  stepId,
  level,
  colour,
  caseNumber,
  focused,
}: {
  stepId: string;
  level: number;
  colour: string;
  caseNumber: number;
  focused: boolean;
}) {
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  const pad = PAD + level * STEP;
  const type = (node.data as { step?: { type?: string } }).step?.type;
  const round = type === 'timer' || type === 'start' || type === 'end';
  return (
    <div
      className={`fs-run-ring${round ? ' fs-run-ring--round' : ''}${focused ? ' is-focused' : ''}`}
      data-run-step={stepId}
      data-run-case={caseNumber}
      style={
        {
          transform: `translate(${x - pad}px, ${y - pad}px)`,
          width: w + pad * 2,
          height: h + pad * 2,
          '--case': colour,
        } as React.CSSProperties
      }
    >
      <span className="fs-run-ring-tag" style={{ left: 4 + level * 22 }}>
        {caseNumber}
      </span>
    </div>
  );
}

/** Memoised: a ring re-renders only when its step moves or its case changes. */
export const RunRing = memo(RunRingView);
