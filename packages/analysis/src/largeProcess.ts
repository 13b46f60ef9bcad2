import type { Lang, ProcessDocument } from '@flowsmith/model';

/**
 * Above this many steps `analyze` gives findings and figures without suggestions: each
 * suggestion is checked as a command against the whole process, so their cost grows with
 * findings × steps (a generated 20,000-step process has some 17,000 findings and took more than
 * four minutes); findings and figures alone take about 17 s there.
 */
export const SUGGESTION_STEP_LIMIT = 2_000;

/** Whether `analyze` computes suggestions for `doc` (see {@link SUGGESTION_STEP_LIMIT}). Pure. */
export function suggestsFor(doc: Pick<ProcessDocument, 'steps'>): boolean {
  return doc.steps.length <= SUGGESTION_STEP_LIMIT;
}

/**
 * The sentence that tells the user the analysis of `doc` was simplified (no suggestions), or
 * null when it was not. Pure.
 */
export function largeProcessNote(doc: Pick<ProcessDocument, 'steps'>, lang: Lang): string | null {
  if (suggestsFor(doc)) return null;
  const n = doc.steps.length;
  return lang === 'zh-CN'
    ? `本流程有 ${n} 个步骤；超过 ${SUGGESTION_STEP_LIMIT} 个步骤时，分析只给出发现和指标，不给改进建议。请拆分为子流程后再分析改进。`
    : `This process has ${n.toLocaleString('en')} steps; above ${SUGGESTION_STEP_LIMIT.toLocaleString('en')} the analysis gives findings and figures without suggestions. Split it into subprocesses to get suggestions.`;
}
