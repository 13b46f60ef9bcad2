import { resolveLang, type ProcessDocument, type RemovalWarning } from '@flowsmith/model';
import { analyze } from './analyze';
import { newFindings } from './newFindings';
import { computeFigures } from './flow/computeMetrics';
import { analysisMessage } from './messages';
import { applySuggestion } from './suggestions/applySuggestion';
import { effectPredictor } from './suggestions/effectPredictor';
import { effectBetween } from './suggestions/predictEffect';
import type {
  AnalyzeOptions,
  Finding,
  Metrics,
  PredictedEffect,
  Severity,
  Suggestion,
} from './types';

type FindingSummary = Pick<Finding, 'id' | 'kind' | 'severity' | 'message' | 'steps' | 'roles'>;

/** One change `improve` made: the finding it answers, the suggestion applied, its predicted effect. */
export interface ImprovementChange {
  finding: FindingSummary;
  suggestion: Suggestion;
  effect: PredictedEffect;
  /** What its removals or merges left for people to check (model SPEC.md RM); empty when nothing. */
  warnings: RemovalWarning[];
}

/** A change `improve` tried and took back because the result had an error or warning the as-is had not. */
export interface DroppedChange {
  finding: FindingSummary;
  suggestion: Suggestion;
  /** The errors and warnings it introduced. */
  introduced: FindingSummary[];
}

/** What {@link improve} returns. */
export interface ImproveResult {
  /** The to-be: a new id (`<id>-to-be`), `derivedFrom` the as-is id. */
  document: ProcessDocument;
  changes: ImprovementChange[];
  /** Changes taken back because they introduced an error or warning (the to-be has none new). */
  dropped: DroppedChange[];
  before: Metrics;
  after: Metrics;
  /** after − before, all changes together. */
  effect: PredictedEffect;
}

/** Options of {@link improve}. */
export interface ImproveOptions extends Pick<AnalyzeOptions, 'lang' | 'resolveProcess'> {
  /** Also apply suggestions of `info` findings (default: only errors and warnings). */
  includeInfo?: boolean;
  /** Most rounds of analyse-and-apply (default 10); each re-analyses the improved document, and it stops when a round changes nothing. */
  rounds?: number;
  /** Process ids already in use beside the to-be (e.g. the files in the output folder); the to-be's id avoids them. */
  takenIds?: Iterable<string>;
}

/** Largest relative worsening of any figure a suggestion may cause and still be applied. */
const TOLERANCE = 0.01;

/**
 * The findings (errors and warnings, largest impact first) whose suggestions one round weighs: the
 * biggest impact comes first anyway, and weighing every suggestion of a 20,000-step process in
 * every round took minutes. A process with more findings gets the rest in later rounds.
 */
export const IMPROVE_FINDINGS_PER_ROUND = 200;

function relative(d: number, base: number): number {
  if (d === 0) return 0;
  if (!Number.isFinite(base)) return Number.isFinite(d) ? 0 : d < 0 ? -1 : 1;
  if (!Number.isFinite(d)) return d < 0 ? -1 : 1;
  return d / Math.max(Math.abs(base), 1e-9);
}

/** How much better a suggestion makes things (larger is better), or null if it makes any figure worse. */
export function improvementScore(e: PredictedEffect, before: Metrics): number | null {
  const parts = [
    relative(e.cycleTimeMean, before.cycleTime.mean),
    relative(e.costPerCase, before.costPerCase),
    relative(e.handoffsPerCase, Math.max(1, before.handoffsPerCase)),
    e.bottleneckUtilization,
  ];
  if (parts.some((p) => p > TOLERANCE || Number.isNaN(p))) return null;
  const score = -parts.reduce((a, b) => a + b, 0);
  return score > 1e-9 ? score : null;
}

/**
 * Derives a to-be document: analyses, applies the best suggestions that do not touch the same
 * steps or roles (best predicted improvement first; none that makes a figure worse), and
 * repeats on the result. Pure. Returns what it changed and why, with the figures before and after.
 *
 * The same move is applied to the same steps and roles once (not again in a later round).
 * It checks its own result: a change after which the process has an error or warning the as-is
 * had not (`newFindings`) is taken back and listed in `dropped`; removals carry their dependants
 * (model SPEC.md RM) and list what they leave to check in each change's `warnings`; the id is
 * `<id>-to-be` (`x-as-is` → `x-to-be`), or `-2`, `-3`, … after it when `takenIds` holds it.
 */
export function improve(doc: ProcessDocument, options: ImproveOptions = {}): ImproveResult {
  const figureOptions = options.resolveProcess ? { resolveProcess: options.resolveProcess } : {};
  const severities: Severity[] = options.includeInfo
    ? ['error', 'warning', 'info']
    : ['error', 'warning'];
  const before = computeFigures(doc, figureOptions).metrics;
  const analyzeOptions = { lang: options.lang, resolveProcess: options.resolveProcess };
  const first = analyze(doc, analyzeOptions);
  const baseline = first.findings;
  const changes: ImprovementChange[] = [];
  const dropped: DroppedChange[] = [];
  const refused = new Set<string>();
  // A move applied to some steps or roles is not applied to them again in a later round: halving
  // a wait ten times over, round after round, is not what the workshop would agree to.
  const done = new Set<string>();
  let current = doc;
  interface RoundResult {
    document: ProcessDocument;
    applied: ImprovementChange[];
    dropped: DroppedChange[];
    refused: string[];
  }
  const applyRound = (
    from: ProcessDocument,
    candidates: ReadonlyArray<{ finding: Finding; suggestion: Suggestion }>,
    checkEach: boolean,
  ): RoundResult => {
    const out: RoundResult = { document: from, applied: [], dropped: [], refused: [] };
    const touched = new Set<string>();
    for (const { finding, suggestion } of candidates) {
      if (suggestion.touches.some((t) => touched.has(t))) continue;
      const key = signature(suggestion);
      if (refused.has(key) || done.has(target(suggestion))) continue;
      const r = applySuggestion(out.document, suggestion, options.lang);
      if (!r.ok) continue;
      if (checkEach) {
        const check = analyze(r.document, { ...analyzeOptions, suggestions: false });
        const introduced = newFindings(baseline, check.findings);
        if (introduced.length > 0) {
          out.refused.push(key);
          out.dropped.push({
            finding: summary(finding),
            suggestion,
            introduced: introduced.map(summary),
          });
          continue;
        }
      }
      out.document = r.document;
      for (const t of suggestion.touches) touched.add(t);
      out.applied.push({
        finding: summary(finding),
        suggestion,
        effect: suggestion.effect!,
        warnings: r.warnings,
      });
    }
    return out;
  };
  for (let round = 0; round < (options.rounds ?? 10); round++) {
    const result = round === 0 ? first : analyze(current, analyzeOptions);
    // Effects only for the suggestions that may be applied, incrementally where the change
    // allows (suggestions/effectPredictor.ts).
    const predict = effectPredictor(current, computeFigures(current, figureOptions), figureOptions);
    const candidates = result.findings
      .filter((f) => severities.includes(f.severity))
      .slice(0, IMPROVE_FINDINGS_PER_ROUND)
      .flatMap((finding) => finding.suggestions.map((suggestion) => ({ finding, suggestion })))
      // A suggestion whose effect rests on an assumption (a checklist halving send-backs) is for
      // people to try, not for the to-be to take as done.
      .filter((c) => !c.suggestion.assumption)
      .map((c) => {
        const effect = predict(c.suggestion);
        if (effect) c.suggestion.effect = effect;
        return { ...c, score: effect ? improvementScore(effect, result.metrics) : null };
      })
      .filter((c): c is typeof c & { score: number } => c.score !== null)
      .sort((a, b) => b.score - a.score || (a.suggestion.id < b.suggestion.id ? -1 : 1));
    // A round applies its changes one after another. The to-be may have no error or warning the
    // as-is had not: the round's result is checked once, and only when it fails is each change
    // checked on its own, the ones that bring a new finding taken back.
    const start = current;
    let round_: RoundResult = applyRound(start, candidates, false);
    if (round_.applied.length > 0) {
      const check = analyze(round_.document, { ...analyzeOptions, suggestions: false });
      if (newFindings(baseline, check.findings).length > 0)
        round_ = applyRound(start, candidates, true);
    }
    current = round_.document;
    changes.push(...round_.applied);
    dropped.push(...round_.dropped);
    for (const key of round_.refused) refused.add(key);
    for (const c of round_.applied) done.add(target(c.suggestion));
    const applied = round_.applied.length;
    if (applied === 0) break;
  }
  const after = computeFigures(current, figureOptions).metrics;
  const lang = resolveLang(doc.language);
  const document: ProcessDocument = {
    ...current,
    id: freeId(toBeId(doc.id), new Set([doc.id, ...(options.takenIds ?? [])])),
    name: analysisMessage('to-be.name', { name: withoutAsIs(doc.name) }, lang),
    derivedFrom: doc.id,
  };
  return { document, changes, dropped, before, after, effect: effectBetween(before, after) };
}

const summary = ({
  id,
  kind,
  severity,
  message,
  steps,
  roles,
}: FindingSummary): FindingSummary => ({
  id,
  kind,
  severity,
  message,
  steps,
  roles,
});

/** What identifies a suggestion across rounds (its id changes with the finding's ids). */
const signature = (s: Suggestion) => JSON.stringify([s.move, [...s.touches].sort(), s.message]);

/** The move and what it changes: one change of each kind per steps and roles. */
const target = (s: Suggestion) => JSON.stringify([s.move, [...s.touches].sort()]);

/** `id`, or `id-2`, `id-3`, … : the first not in `taken`. Pure. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** `x-as-is` → `x-to-be`, anything else → `<id>-to-be`. Pure. */
export function toBeId(id: string): string {
  return id.endsWith('-as-is') ? `${id.slice(0, -'-as-is'.length)}-to-be` : `${id}-to-be`;
}

/** A name without a trailing as-is marker: `采购审批（现状）` → `采购审批`. Pure. */
function withoutAsIs(name: string): string {
  const stripped = name.replace(
    /\s*(?:[(（]\s*(?:现状|as[- ]is)\s*[)）]|[-–—:：]?\s*(?:as[- ]is|现状))\s*$/i,
    '',
  );
  return stripped.trim() ? stripped : name;
}
