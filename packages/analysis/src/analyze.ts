import type { ProcessDocument } from '@flowsmith/model';
import { computeFigures } from './flow/computeMetrics';
import { impactCalculator } from './impact/findingImpact';
import { orderFindings } from './impact/orderFindings';
import { guardSuggestions } from './judgement/guardSuggestions';
import { RuleContext } from './ruleContext';
import { estimateExcludes } from './scope/estimateExcludes';
import { rules } from './rules';
import { effectPredictor } from './suggestions/effectPredictor';
import { suggestionsFor } from './suggestions/suggestionsFor';
import { withholdWorse } from './suggestions/withholdWorse';
import type { AnalysisResult, AnalyzeOptions, FindingImpact } from './types';

const measured = (i: FindingImpact) =>
  i.leadTimeMinutes !== 0 || i.costPerCase !== 0 || i.roleHoursPerWeek !== 0;

/** NaN (an undefined figure) as 0, so impacts always compare. */
const finite = (x: number) => (Number.isNaN(x) ? 0 : x);

/**
 * Analyses a process document: its figures (utilisation, waits, cycle time, lean KPIs) and its
 * findings, each with its impact and suggestions. Pure and synchronous; never throws on a
 * document that is still being drawn (no end, loose steps: those are findings).
 *
 * Findings come in reading order (impact/orderFindings): errors first, then by impact — lead-time
 * minutes per case, then cost per case, then role hours per week — largest first.
 *
 * With `effects: true` every suggestion carries its predicted effect (computed incrementally
 * where the change allows, see suggestions/effectPredictor); suggestions the model refuses are
 * dropped, and those predicted to make lead time or cost worse move to `withheld` with the reason.
 */
export function analyze(doc: ProcessDocument, options: AnalyzeOptions = {}): AnalysisResult {
  const figureOptions = options.resolveProcess ? { resolveProcess: options.resolveProcess } : {};
  const figures = computeFigures(doc, figureOptions);
  const lang = options.lang ?? 'en';
  const ctx = new RuleContext(doc, lang, figures);
  const found = rules.flatMap((rule) => rule.check(ctx));
  const impactOf = impactCalculator(ctx);
  for (const f of found) {
    const impact = measured(f.impact) ? f.impact : impactOf(f);
    f.impact = {
      leadTimeMinutes: finite(impact.leadTimeMinutes),
      costPerCase: finite(impact.costPerCase),
      roleHoursPerWeek: finite(impact.roleHoursPerWeek),
    };
  }
  const findings = orderFindings(found);
  if (options.suggestions !== false) {
    const predict = options.effects ? effectPredictor(doc, figures, figureOptions) : undefined;
    for (const finding of findings) {
      finding.suggestions = suggestionsFor(ctx, finding);
      // Judgement: no suggestion that cuts a control, splits no duties, overloads no role.
      guardSuggestions(ctx, finding);
      if (!predict) continue;
      finding.suggestions = finding.suggestions.filter((s) => {
        const effect = predict(s);
        if (effect) s.effect = effect;
        return effect !== undefined;
      });
      withholdWorse(finding, lang);
    }
  }
  const excludes = estimateExcludes(doc);
  return excludes.length > 0
    ? { metrics: figures.metrics, findings, excludes }
    : { metrics: figures.metrics, findings };
}
