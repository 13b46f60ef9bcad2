import type { ProcessDocument } from '@flowsmith/model';
import { computeFigures, type FigureOptions, type Figures } from '../flow/computeMetrics';
import type { Finding, PredictedEffect } from '../types';
import { effectPredictor } from './effectPredictor';

/**
 * The predicted effects of the suggestions with the given ids (all of them when `ids` is
 * omitted) among `findings` of `doc`, on demand: the figures are computed once (or taken from
 * `figures`) and each effect incrementally where the change allows (suggestions/effectPredictor).
 * Pure. Maps each id to its effect, or null when the model refuses the suggestion.
 */
export function predictEffects(
  doc: ProcessDocument,
  findings: ReadonlyArray<Pick<Finding, 'suggestions'> & Partial<Pick<Finding, 'withheld'>>>,
  ids?: Iterable<string>,
  options: FigureOptions & { figures?: Figures } = {},
): Map<string, PredictedEffect | null> {
  const { figures: given, ...figureOptions } = options;
  const figures = given ?? computeFigures(doc, figureOptions);
  const predict = effectPredictor(doc, figures, figureOptions);
  const wanted = ids ? new Set(ids) : undefined;
  const effects = new Map<string, PredictedEffect | null>();
  for (const f of findings) {
    for (const s of [...f.suggestions, ...(f.withheld ?? []).map((w) => w.suggestion)]) {
      if (effects.has(s.id) || (wanted && !wanted.has(s.id))) continue;
      effects.set(s.id, predict(s) ?? null);
    }
  }
  return effects;
}
