import type { Heat } from '../heat/heatStore';
import type { HeatMetric } from './heatColour';

/**
 * Which figure to colour by: the analysis's chosen one when the heat is the analysis's, otherwise
 * waits when the writer gave any (the simulation's measured waits), else utilisation. Pure.
 */
export function heatMetricOf(heat: Heat, chosen: HeatMetric | null): HeatMetric {
  if (heat.source === 'analysis' && chosen) return chosen;
  for (const id in heat.steps) if (heat.steps[id]?.waitMean !== undefined) return 'wait';
  return 'utilization';
}
