import type { ProcessDocument, Role } from '@flowsmith/model';
import type { FigureOptions, Figures } from '../flow/computeMetrics';
import type { PredictedEffect, Suggestion } from '../types';
import { incrementalBase, incrementalEffect, type IncrementalBase } from './incrementalEffect';
import { predictEffect } from './predictEffect';
import { suggestionChange } from './suggestionChange';

/** Predicts one suggestion's effect; undefined when the model refuses one of its commands. */
export type EffectPredictor = (suggestion: Suggestion) => PredictedEffect | undefined;

/**
 * A predictor of suggestions' effects on `doc`, whose analysed figures are `figures`. Pure.
 *
 * A suggestion that keeps the flow structure — a role's capacity, a step's role or duration, a
 * timer's duration, one task taken out of a straight line (see suggestionChange) — is computed
 * incrementally: only the roles and steps it changes, and the cycle-time tree re-evaluated in its
 * linear form, without re-analysing the process. Anything else (merges, new gateways, changed
 * probabilities, unbounded figures) is applied to a copy and re-analysed in full.
 */
export function effectPredictor(
  doc: ProcessDocument,
  figures: Figures,
  options: FigureOptions = {},
): EffectPredictor {
  let base: IncrementalBase | null | undefined;
  let roles: Map<string, Role> | undefined;
  return (suggestion) => {
    base ??= incrementalBase(doc, figures);
    roles ??= new Map(doc.roles.map((r) => [r.id, r]));
    const change = base
      ? suggestionChange(suggestion.commands, figures.graph, roles, figures.times)
      : null;
    const effect = base && change ? incrementalEffect(base, change) : undefined;
    return effect ?? fullEffect(doc, figures, suggestion, options);
  };
}

/** The effect by applying the suggestion to a copy and re-computing every figure. Pure. */
export function fullEffect(
  doc: ProcessDocument,
  figures: Figures,
  suggestion: Suggestion,
  options: FigureOptions = {},
): PredictedEffect | undefined {
  return predictEffect(doc, figures.metrics, suggestion, options);
}
