import type { Finding } from '@flowsmith/analysis';
import type { ProcessDocument } from '@flowsmith/model';

/**
 * The room's votes for what `finding` is about: the votes on its steps and on the notes attached
 * to them. Pure.
 */
export function findingVotes(finding: Finding, doc: ProcessDocument): number {
  const steps = new Set(finding.steps);
  const notes = new Set((doc.notes ?? []).filter((n) => n.on && steps.has(n.on)).map((n) => n.id));
  return (doc.votes ?? []).filter((v) => steps.has(v.on) || notes.has(v.on)).length;
}

/**
 * `findings` with the most voted first; findings with as many votes keep the analysis' order
 * (stable). Pure.
 */
export function sortFindingsByVotes<F extends Finding>(
  findings: readonly F[],
  doc: ProcessDocument,
): F[] {
  const votes = new Map(findings.map((f) => [f, findingVotes(f, doc)]));
  return [...findings].sort((a, b) => votes.get(b)! - votes.get(a)!);
}
