import { useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useEditorState } from '../EditorContext';
import { useAnalysisState } from './analysisStore';
import { stepBadges } from './stepBadges';
import { StepBadgeView } from './StepBadgeView';

/** Badges on steps the analysis found redundant or wasteful (duplicate, second approval, NVA, rework…). */
export function BadgeLayer() {
  const on = useAnalysisState((s) => s.badges);
  const result = useAnalysisState((s) => s.result);
  const doc = useEditorState((s) => s.doc);
  const badges = useMemo(
    () => (on && result ? stepBadges(doc, result.findings) : []),
    [on, result, doc],
  );
  if (badges.length === 0) return null;
  return (
    <ViewportPortal>
      {badges.map((b) => (
        <StepBadgeView key={b.stepId} badge={b} />
      ))}
    </ViewportPortal>
  );
}
