import { useMemo } from 'react';
import { Panel, ViewportPortal } from '@xyflow/react';
import { useHeat } from '../heat/heatStore';
import { useAnalysisState } from './analysisStore';
import { heatMetricOf } from './heatMetricOf';
import { heatShare, maxFiniteWait } from './heatColour';
import { HeatRing } from './HeatRing';
import { HeatLegend } from './HeatLegend';

/** Colours each step with heat by its role's utilisation or its wait, with a legend. */
export function HeatLayer() {
  const heat = useHeat();
  const chosen = useAnalysisState((s) => s.heat);
  const view = useMemo(() => {
    if (!heat) return null;
    const metric = heatMetricOf(heat, chosen);
    const maxWait = maxFiniteWait(Object.values(heat.steps).map((h) => h.waitMean));
    const rings = Object.entries(heat.steps).flatMap(([id, h]) => {
      const value = metric === 'utilization' ? h.utilization : h.waitMean;
      return value === undefined ? [] : [{ id, value, share: heatShare(metric, value, maxWait) }];
    });
    return { metric, maxWait, rings };
  }, [heat, chosen]);
  if (!heat || !view) return null;
  return (
    <>
      <ViewportPortal>
        {view.rings.map((r) => (
          <HeatRing key={r.id} stepId={r.id} metric={view.metric} value={r.value} share={r.share} />
        ))}
      </ViewportPortal>
      <Panel position="bottom-center">
        <HeatLegend label={heat.label} metric={view.metric} maxWait={view.maxWait} />
      </Panel>
    </>
  );
}
