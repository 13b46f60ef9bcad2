import type { Figures } from '../flow/computeMetrics';
import { criticalWeights, evaluateCycleTree } from '../flow/cycleTree';

const cache = new WeakMap<Figures, Float64Array>();

/**
 * How much each step's per-visit time (wait + work) counts in the mean cycle time of `figures`
 * (see flow/cycleTree `criticalWeights`): computed once per analysis and kept with it. Pure.
 */
export function criticalWeightsOf(figures: Figures): Float64Array {
  let weights = cache.get(figures);
  if (!weights) {
    const { longest, counts } = evaluateCycleTree(figures.tree, figures.times.sojourn);
    weights = criticalWeights(figures.tree, longest, figures.graph.steps.length, counts);
    cache.set(figures, weights);
  }
  return weights;
}
