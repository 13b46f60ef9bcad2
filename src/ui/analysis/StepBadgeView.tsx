import { memo } from 'react';
import { useInternalNode } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { useAnalysisStore } from './analysisStore';
import type { StepBadge } from './stepBadges';
import { BadgeGlyph } from './BadgeGlyph';

/** One step's waste badge on its top-right corner; clicking it opens the finding in the analysis panel. */
function StepBadgeViewInner({ badge }: { badge: StepBadge }) {
  const analysisStore = useAnalysisStore();
  const { t } = useTranslation();
  const { ui } = useServices();
  const node = useInternalNode(badge.stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const kinds = badge.kinds.map((k) => t(`analysis.kind.${k}`)).join(', ');
  return (
    <button
      type="button"
      className={`fs-waste-badge fs-waste-badge--${badge.severity} nodrag nopan`}
      style={{ transform: `translate(${x + w - 14}px, ${y - 12}px)` }}
      title={t('analysis.badgeTitle', { kinds })}
      aria-label={t('analysis.badgeTitle', { kinds })}
      data-badge-step={badge.stepId}
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        analysisStore.setState({
          focus: badge.findings[0] ? { finding: badge.findings[0], open: true } : null,
        });
        ui.setState({ panel: 'analysis' });
      }}
    >
      {badge.kinds.map((k) => (
        <BadgeGlyph key={k} kind={k} />
      ))}
    </button>
  );
}

/** Memoised: redrawn only when its step moves or its findings change. */
export const StepBadgeView = memo(StepBadgeViewInner);
