import type { ProcessDocument, TaskStep } from '@flowsmith/model';
import { analyze } from '../analyze';
import { controlsOf } from '../judgement/controlsOf';
import { dutyConflicts } from '../judgement/dutyConflicts';
import { MAX_UTILIZATION } from '../judgement/checkSuggestion';
import { applySuggestion } from '../suggestions/applySuggestion';
import type { AnalysisResult, Suggestion } from '../types';

const tasksOf = (doc: ProcessDocument): TaskStep[] =>
  doc.steps.filter((s): s is TaskStep => s.type === 'task');

/**
 * What is wrong with the advice `analyze` offers on `doc`, judged on the documents the offered
 * suggestions produce (independently of the guard): a control gone or no longer a control (a
 * threshold approval no longer under its threshold), a new duty conflict, or a role that gains
 * work and ends above 80 % busy. One sentence per problem; empty when the advice is sound.
 * Pure; for tests and the gallery.
 */
export function adviceViolations(
  doc: ProcessDocument,
  result: AnalysisResult = analyze(doc),
): string[] {
  const controls = controlsOf(doc);
  const conflicts = new Set(dutyConflicts(doc, tasksOf(doc)).map((c) => `${c.role}|${c.pair.id}`));
  const problems: string[] = [];
  for (const finding of result.findings) {
    for (const s of finding.suggestions) {
      const applied = applySuggestion(doc, s);
      if (!applied.ok) continue;
      problems.push(...judge(applied.document, s, controls, conflicts, result));
    }
  }
  return problems;
}

function judge(
  after: ProcessDocument,
  s: Suggestion,
  controls: ReturnType<typeof controlsOf>,
  conflicts: Set<string>,
  result: AnalysisResult,
): string[] {
  const problems: string[] = [];
  const kept = controlsOf(after);
  for (const c of controls.values()) {
    const now = kept.get(c.step);
    if (!now) problems.push(`${s.id}: control ${c.step} removed, merged or no longer a control`);
    else if (c.reasons.includes('threshold') && !now.reasons.includes('threshold'))
      problems.push(`${s.id}: control ${c.step} no longer under its threshold`);
  }
  for (const c of dutyConflicts(after, tasksOf(after))) {
    if (!conflicts.has(`${c.role}|${c.pair.id}`))
      problems.push(`${s.id}: ${c.role} now holds ${c.pair.id}`);
  }
  const figures = analyze(after, { suggestions: false }).metrics.roles;
  for (const [role, r] of Object.entries(figures)) {
    const was = result.metrics.roles[role];
    if (was && r.workPerCase > was.workPerCase + 1e-9 && r.utilization > MAX_UTILIZATION)
      problems.push(`${s.id}: ${role} gains work and is ${Math.round(r.utilization * 100)} % busy`);
  }
  return problems;
}
