import i18next from 'i18next';
import { clearHeat, setHeat, type HeatStore } from '../heat/heatStore';
import type { AnalysisStore } from './analysisStore';
import type { HeatMetric } from './heatColour';
import { stepHeat } from './stepHeat';

/** The two stores the analysis heat lives between. */
export interface HeatStores {
  analysis: AnalysisStore;
  heat: HeatStore;
}

/**
 * Writes the analysis figures into the heat overlay when the analysis heat is on (and takes them
 * away when it is off), leaving a simulation's heat alone unless the user switched to ours.
 */
export function syncHeat(stores: HeatStores): void {
  const { heat, result, doc } = stores.analysis.getState();
  if (!heat) {
    clearHeat(stores.heat, 'analysis');
    return;
  }
  if (!result || !doc) return;
  const label = i18next.t(
    heat === 'utilization' ? 'analysis.heatLabelUtilisation' : 'analysis.heatLabelWait',
  );
  setHeat(stores.heat, { source: 'analysis', label, steps: stepHeat(doc, result.metrics) });
}

/** Switches the analysis heat overlay (null turns it off). */
export function setAnalysisHeat(stores: HeatStores, metric: HeatMetric | null): void {
  stores.analysis.setState({ heat: metric });
  syncHeat(stores);
}

/** Whether the heat shown now is the analysis's (and not, say, a simulation's). */
export function showsAnalysisHeat(stores: HeatStores): boolean {
  return stores.heat.getState().heat?.source === 'analysis';
}

/**
 * Another writer (the simulation) took over the overlay: our switch shows off until chosen
 * again. Runs for the life of the stores.
 */
export function linkHeat(stores: HeatStores): () => void {
  return stores.heat.subscribe((s) => {
    if (s.heat && s.heat.source !== 'analysis' && stores.analysis.getState().heat)
      stores.analysis.setState({ heat: null });
  });
}
