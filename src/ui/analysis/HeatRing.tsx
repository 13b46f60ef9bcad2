import { memo } from 'react';
import { useInternalNode } from '@xyflow/react';
import { formatMinutes, formatPercent } from '@flowsmith/analysis';
import { currentLang } from '../../i18n/i18n';
import { heatColour, type HeatMetric } from './heatColour';

const PAD = 7;

/** A coloured ring around one step with its figure on a tag; drawn in flow coordinates, never hit-tested. */
function HeatRingView({
  stepId,
  metric,
  value,
  share,
}: {
  stepId: string;
  metric: HeatMetric;
  value: number;
  share: number;
}) {
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  const colour = heatColour(share);
  const text =
    metric === 'utilization' ? formatPercent(value) : formatMinutes(value, currentLang());
  const round = (node.data as { step?: { type?: string } }).step?.type === 'timer';
  return (
    <div
      className={`fs-heat-ring${round ? ' fs-heat-ring--round' : ''}`}
      data-heat-step={stepId}
      style={
        {
          transform: `translate(${x - PAD}px, ${y - PAD}px)`,
          width: w + PAD * 2,
          height: h + PAD * 2,
          borderColor: colour,
          '--heat': colour,
        } as React.CSSProperties
      }
    >
      <span className="fs-heat-tag" style={{ background: colour }}>
        {text}
      </span>
    </div>
  );
}

/** Memoised: a ring re-renders only when its step moves or its figure changes. */
export const HeatRing = memo(HeatRingView);
