import type { ProcessDocument } from '@flowsmith/model';
import { computeFigures, type FigureOptions } from '../flow/computeMetrics';
import type { Metrics, PredictedEffect, Suggestion } from '../types';
import { applySuggestion } from './applySuggestion';

/** after − before, where both unbounded is no change. */
function delta(after: number, before: number): number {
  return after === before ? 0 : after - before;
}

/** The change in the headline figures from `before` to `after` (negative is less). Pure. */
export function effectBetween(before: Metrics, after: Metrics): PredictedEffect {
  return {
    cycleTimeMean: delta(after.cycleTime.mean, before.cycleTime.mean),
    costPerCase: delta(after.costPerCase, before.costPerCase),
    handoffsPerCase: delta(after.handoffsPerCase, before.handoffsPerCase),
    bottleneckUtilization: delta(
      after.bottleneck?.utilization ?? 0,
      before.bottleneck?.utilization ?? 0,
    ),
  };
}

/**
 * The predicted effect of a suggestion: applies it and re-computes the figures. Pure.
 * Undefined when the model refuses one of its commands.
 */
export function predictEffect(
  doc: ProcessDocument,
  before: Metrics,
  suggestion: Suggestion,
  options: FigureOptions = {},
): PredictedEffect | undefined {
  const r = applySuggestion(doc, suggestion);
  if (!r.ok) return undefined;
  return effectBetween(before, computeFigures(r.document, options).metrics);
}
