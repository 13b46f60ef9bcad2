import type { ProcessDocument } from '@flowsmith/model';
import type { ResolvedScenario } from '../scenario/Scenario';

/** A flow of the flattened model before its arrays are built: steps as indices. */
export interface FlowDraft {
  id: string;
  from: number;
  to: number;
  probability?: number;
  condition?: string;
  isDefault: boolean;
  topLevel: boolean;
}

/**
 * The flows of `doc` between its steps (`local`: step id → index), ids prefixed for an inlined
 * subprocess, with the scenario's probability overrides on top-level flows. Pure.
 */
export function draftFlows(
  doc: ProcessDocument,
  local: ReadonlyMap<string, number>,
  prefix: string,
  isTop: boolean,
  overrides: ResolvedScenario['overrides'],
): FlowDraft[] {
  const drafts: FlowDraft[] = [];
  for (const f of doc.flows) {
    const from = local.get(f.from);
    const to = local.get(f.to);
    if (from === undefined || to === undefined) continue;
    const probs = overrides.probabilities;
    const draft: FlowDraft = {
      id: prefix + f.id,
      from,
      to,
      isDefault: f.default === true,
      topLevel: isTop,
    };
    const p = isTop && Object.hasOwn(probs, f.id) ? probs[f.id] : f.probability;
    if (p !== undefined) draft.probability = p;
    if (f.condition !== undefined) draft.condition = f.condition;
    drafts.push(draft);
  }
  return drafts;
}
