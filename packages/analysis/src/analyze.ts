import type { ProcessDocument } from '@flowsmith/model';
import { computeFigures } from './flow/computeMetrics';
import { RuleContext } from './ruleContext';
import { rules } from './rules';
import { predictEffect } from './suggestions/predictEffect';
import { suggestionsFor } from './suggestions/suggestionsFor';
import type { AnalysisResult, AnalyzeOptions, Severity } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Analyses a process document: its figures (utilisation, waits, cycle time, lean KPIs) and its
 * findings, most severe first, each with suggestions. Pure and synchronous; never throws on a
 * document that is still being drawn (no end, loose steps: those are findings).
 *
 * With `effects: true` every suggestion is applied to a copy and the figures recomputed, so
 * each carries its predicted effect; suggestions the model refuses are dropped.
 */
export function analyze(doc: ProcessDocument, options: AnalyzeOptions = {}): AnalysisResult {
  const figureOptions = options.resolveProcess ? { resolveProcess: options.resolveProcess } : {};
  const figures = computeFigures(doc, figureOptions);
  const ctx = new RuleContext(doc, options.lang ?? 'en', figures);
  const findings = rules.flatMap((rule) => rule.check(ctx));
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (options.suggestions !== false) {
    for (const finding of findings) {
      finding.suggestions = suggestionsFor(ctx, finding);
      if (!options.effects) continue;
      finding.suggestions = finding.suggestions.filter((s) => {
        const effect = predictEffect(doc, figures.metrics, s, figureOptions);
        if (effect) s.effect = effect;
        return effect !== undefined;
      });
    }
  }
  return { metrics: figures.metrics, findings };
}
