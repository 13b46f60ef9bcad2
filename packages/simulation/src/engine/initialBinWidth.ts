import { distributionMean } from '@flowsmith/model';
import type { ResolvedScenario } from '../scenario/Scenario';
import type { CompiledModel } from './CompiledModel';

/** A first guess of the series' bin width: the expected run length over the number of bins. Pure. */
export function initialBinWidth(
  model: CompiledModel,
  scenario: ResolvedScenario,
  arrivals: number,
): number {
  if (Number.isFinite(scenario.horizon)) return scenario.horizon / scenario.bins;
  let rate = 0;
  for (const a of model.starts) {
    const mean = distributionMean(a.interarrival) * a.scale;
    rate += mean > 0 ? (a.calendar ? a.calendar.openShare : 1) / mean : 0;
  }
  return rate > 0 ? arrivals / rate / scenario.bins : 1;
}
