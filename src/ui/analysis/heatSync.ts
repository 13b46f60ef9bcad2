import i18next from 'i18next';
import { clearHeat, heatStore, setHeat } from '../heat/heatStore';
import { analysisStore } from './analysisStore';
import type { HeatMetric } from './heatColour';
import { stepHeat } from './stepHeat';

/**
 * Writes the analysis figures into the heat overlay when the analysis heat is on (and takes them
 * away when it is off), leaving a simulation's heat alone unless the user switched to ours.
 */
export function syncHeat(): void {
  const { heat, result, doc } = analysisStore.getState();
  if (!heat) {
    clearHeat('analysis');
    return;
  }
  if (!result || !doc) return;
  const label = i18next.t(
    heat === 'utilization' ? 'analysis.heatLabelUtilisation' : 'analysis.heatLabelWait',
  );
  setHeat({ source: 'analysis', label, steps: stepHeat(doc, result.metrics) });
}

/** Switches the analysis heat overlay (null turns it off). */
export function setAnalysisHeat(metric: HeatMetric | null): void {
  analysisStore.setState({ heat: metric });
  syncHeat();
}

/** Whether the heat shown now is the analysis's (and not, say, a simulation's). */
export function showsAnalysisHeat(): boolean {
  return heatStore.getState().heat?.source === 'analysis';
}

// Another writer (the simulation) took over the overlay: our switch shows off until chosen again.
heatStore.subscribe((s) => {
  if (s.heat && s.heat.source !== 'analysis' && analysisStore.getState().heat)
    analysisStore.setState({ heat: null });
});
