import './compare.css';
import { memo } from 'react';
import { ViewportPortal, useInternalNode } from '@xyflow/react';
import { STATUS_COLOURS } from '@flowsmith/sop';
import { useCompare } from './compareStore';

/** One outline around a changed step, in the colour of its change. */
const DiffRing = memo(function DiffRing({ stepId, status }: { stepId: string; status: string }) {
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  const colour = (STATUS_COLOURS as Record<string, string>)[status] ?? '#52606d';
  return (
    <div
      className="fs-diff-ring"
      data-diff-step={stepId}
      data-diff-status={status}
      style={{
        transform: `translate(${x - 6}px, ${y - 6}px)`,
        width: w + 12,
        height: h + 12,
        borderColor: colour,
      }}
    />
  );
});

/**
 * The compare panel's diff on the canvas: when "mark changes" is on, an outline around each step
 * of the open document that differs from the compared process. Never hit-tested.
 */
export function DiffLayer() {
  const overlay = useCompare((s) => s.overlay);
  const status = useCompare((s) => s.status);
  if (!overlay || !status) return null;
  const changed = Object.entries(status).filter(([, s]) => s !== 'same');
  if (changed.length === 0) return null;
  return (
    <ViewportPortal>
      {changed.map(([id, s]) => (
        <DiffRing key={id} stepId={id} status={s} />
      ))}
    </ViewportPortal>
  );
}
