import type { ProcessDiff, ProcessDocument } from '@flowsmith/model';
import type { Finding } from '@flowsmith/analysis';

/** Fields of a step whose change moves no figure: the SOP's words and the tools named. */
const WORDING = new Set(['name', 'description', 'instructions', 'cautions', 'system', 'sla']);
/** Fields of a role whose change moves no figure. */
const ROLE_WORDING = new Set([
  'name',
  'description',
  'department',
  'reportsTo',
  'jobCode',
  'purpose',
  'qualifications',
  'permissions',
]);

/** Why a change group was made: the findings of the as-is that motivated it, best first. */
export interface ChangeReason {
  group: string;
  /** The as-is findings behind it (at most two, of different kinds), best first; empty when none. */
  findings: Finding[];
  /** Only wording changed (names, instructions, cautions, the system named, descriptions). */
  wordingOnly: boolean;
}

/**
 * Attributes each change group of a diff to the as-is findings that motivated it: first the
 * findings whose suggestion targets one of the group's as-is steps (a suggestion's first `touches`
 * entry is what it changes), then — for changes that move a figure — the findings that name one
 * of its steps or roles. Ties go to the larger lead-time impact, then to the analysis' own ranking.
 * At most two findings of different kinds per group. Pure; linear in groups × findings.
 */
export function changeReasons(
  diff: ProcessDiff,
  asIs: ProcessDocument,
  findings: readonly Finding[],
): ChangeReason[] {
  const roleIds = new Set(asIs.roles.map((r) => r.id));
  return diff.groups.map((g) => {
    const steps = new Set<string>();
    let wordingOnly = true;
    for (const i of g.steps) {
      const c = diff.steps[i]!;
      if (c.kind === 'merged') c.asIs.forEach((id) => steps.add(id));
      else if (c.kind !== 'added') steps.add(c.asIs);
      if (c.kind !== 'changed' || c.fields.some((f) => !WORDING.has(f))) wordingOnly = false;
    }
    const roles = new Set<string>();
    for (const i of g.roles) {
      const c = diff.roles[i]!;
      if (roleIds.has(c.id)) roles.add(c.id);
      if (c.kind !== 'changed' || c.fields.some((f) => !ROLE_WORDING.has(f))) wordingOnly = false;
    }
    if (g.steps.length === 0 && g.roles.length === 0) wordingOnly = false;
    const ranked = findings
      .map((f, order) => {
        const targeted = f.suggestions.some(
          (s) => s.touches[0] !== undefined && steps.has(s.touches[0]),
        );
        const named =
          !wordingOnly && (f.steps.some((s) => steps.has(s)) || f.roles.some((r) => roles.has(r)));
        return { f, order, tier: targeted ? 0 : named ? 1 : 2 };
      })
      .filter((x) => x.tier < 2)
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          b.f.impact.leadTimeMinutes - a.f.impact.leadTimeMinutes ||
          a.order - b.order,
      );
    const chosen: Finding[] = [];
    for (const { f } of ranked) {
      if (chosen.length === 2) break;
      if (!chosen.some((c) => c.kind === f.kind)) chosen.push(f);
    }
    return { group: g.id, findings: chosen, wordingOnly };
  });
}
