import type { RuleContext } from '../ruleContext';
import type { Finding, FindingKind } from '../types';
import { checkSuggestion } from './checkSuggestion';
import { judgementOf } from './judgementOf';
import { keepControlSuggestions } from './keepControlSuggestions';

/** Findings whose usual advice is to remove or merge their steps; for a control, keep it. */
const CUTS: ReadonlySet<FindingKind> = new Set([
  'redundant-approval',
  'duplicate-steps',
  'non-value-adding',
  'combine-candidate',
]);

/**
 * Passes every suggestion of `finding` through {@link checkSuggestion}: the refused ones move to
 * `finding.withheld` with their reason; where a control is the finding's subject (or a refused
 * suggestion would have cut one), suggestions that keep the control but make it cheaper are
 * added. Changes `finding` in place; the one place analysis judges its advice.
 */
export function guardSuggestions(ctx: RuleContext, finding: Finding): void {
  const { controls } = judgementOf(ctx);
  const offered = [];
  const withheld = [];
  const keep = new Set<string>();
  for (const s of finding.suggestions) {
    const refusal = checkSuggestion(ctx, s);
    if (!refusal) offered.push(s);
    else {
      withheld.push({ suggestion: s, code: refusal.code, reason: refusal.reason });
      if (refusal.control) keep.add(refusal.control);
    }
  }
  if (CUTS.has(finding.kind)) for (const id of finding.steps) if (controls.has(id)) keep.add(id);
  for (const id of keep) {
    for (const s of keepControlSuggestions(ctx, finding, controls.get(id)!)) {
      if (!offered.some((o) => o.id === s.id) && !checkSuggestion(ctx, s)) offered.push(s);
    }
  }
  finding.suggestions = offered;
  if (withheld.length) finding.withheld = [...(finding.withheld ?? []), ...withheld];
}
