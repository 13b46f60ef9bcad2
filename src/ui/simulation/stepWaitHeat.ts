/** The simulation's per-step waits as the canvas heat overlay's figures. */
import type { SimulationSummary } from '@flowsmith/simulation';
import type { StepHeat } from '../heat/heatStore';

/** Mean wait (minutes) of every step the run executed, keyed by step id. Pure. */
export function stepWaitHeat(summary: SimulationSummary): Record<string, StepHeat> {
  const steps: Record<string, StepHeat> = Object.create(null) as Record<string, StepHeat>;
  for (const [id, s] of Object.entries(summary.steps)) {
    if (s.count > 0 && Number.isFinite(s.waitMean)) steps[id] = { waitMean: s.waitMean };
  }
  return steps;
}
