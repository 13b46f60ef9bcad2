import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationSummary } from '@flowsmith/simulation';
import { clearHeat, setHeat, useHeat, useHeatStore } from '../heat/heatStore';
import { stepWaitHeat } from './stepWaitHeat';

/** Shows (or hides) the open document's simulated waits per step as the canvas heat overlay. */
export function WaitsOnCanvasButton({
  summary,
  name,
  stale,
}: {
  summary: SimulationSummary;
  name: string;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const heat = useHeat();
  const heatStore = useHeatStore();
  const shown = heat?.source === 'simulation';
  // Waits of an older version of the process would point at steps that changed: take them off.
  useEffect(() => {
    if (stale) clearHeat(heatStore, 'simulation');
  }, [heatStore, stale]);
  // A new run replaces the waits on the canvas if they are showing.
  useEffect(() => {
    if (shown)
      setHeat(heatStore, {
        source: 'simulation',
        label: t('simulation.heatLabel', { name }),
        steps: stepWaitHeat(summary),
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the results change
  }, [summary]);
  const toggle = () =>
    shown
      ? clearHeat(heatStore, 'simulation')
      : setHeat(heatStore, {
          source: 'simulation',
          label: t('simulation.heatLabel', { name }),
          steps: stepWaitHeat(summary),
        });
  return (
    <button
      type="button"
      className="fs-button"
      aria-pressed={shown}
      disabled={stale && !shown}
      onClick={toggle}
      data-testid="sim-heat"
    >
      {shown ? t('simulation.hideWaits') : t('simulation.showWaits')}
    </button>
  );
}
