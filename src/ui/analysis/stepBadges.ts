import type { Finding, FindingKind, Severity } from '@flowsmith/analysis';
import type { ProcessDocument } from '@flowsmith/model';

/** The kinds of finding that mark a step as redundant or wasteful (drawn as a badge on it). */
export const WASTE_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'duplicate-steps',
  'redundant-approval',
  'non-value-adding',
  'rework-loop',
  'combine-candidate',
  'parallelize-candidate',
  'unused-output',
]);

/**
 * A glyph per waste kind, short enough to sit on a step's corner, from the Unicode blocks every
 * common font carries (arrows, mathematical operators, technical symbols, dingbats). Duplicate
 * steps have no such glyph (⧉ renders as an empty box in most fonts): they are drawn as an SVG
 * icon (`BadgeGlyph`).
 */
export const BADGE_GLYPHS: Readonly<Partial<Record<FindingKind, string>>> = {
  'redundant-approval': '✓✓',
  'non-value-adding': '⌀',
  'rework-loop': '↺',
  'combine-candidate': '⊕',
  'parallelize-candidate': '∥',
  'unused-output': '⌫',
};

/** The badge of one step: its waste kinds (in finding order, no repeats), worst severity, findings. */
export interface StepBadge {
  stepId: string;
  kinds: FindingKind[];
  severity: Severity;
  findings: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The badges to draw: one per task or subprocess step named by a waste finding (gateways, starts
 * and ends of a loop are left bare), in document order. Pure.
 */
export function stepBadges(doc: ProcessDocument, findings: readonly Finding[]): StepBadge[] {
  const drawable = new Set(
    doc.steps.filter((s) => s.type === 'task' || s.type === 'subprocess').map((s) => s.id),
  );
  const byStep = new Map<string, StepBadge>();
  for (const f of findings) {
    if (!WASTE_KINDS.has(f.kind)) continue;
    for (const id of f.steps) {
      if (!drawable.has(id)) continue;
      let b = byStep.get(id);
      if (!b) byStep.set(id, (b = { stepId: id, kinds: [], severity: f.severity, findings: [] }));
      if (!b.kinds.includes(f.kind)) b.kinds.push(f.kind);
      if (RANK[f.severity] < RANK[b.severity]) b.severity = f.severity;
      b.findings.push(f.id);
    }
  }
  return doc.steps.flatMap((s) => byStep.get(s.id) ?? []);
}
