import { parseCondition, type ProcessDocument } from '@flowsmith/model';
import type { AttributeSpec } from './Scenario';

/** A decision whose conditions read case data the scenario does not give (SPEC.md SIM-DATA). */
export interface DecisionLackingData {
  /** The xor's id and name. */
  stepId: string;
  name: string;
  /** The names its conditions read that no attribute gives, in order of first appearance. */
  missing: string[];
}

/**
 * The decisions of `doc` that a scenario with case attributes `attributes` would route on
 * conditions it cannot evaluate (SPEC.md SIM-DATA): when the scenario gives case data at all, a
 * decision whose conditions read at least one given name must find every name it reads given — as
 * an attribute of that exact name (`amount`, `customer.tier`); a name reached only through a
 * scalar attribute (`customer` for `customer.tier`) counts as not given, since its value has no
 * fields. Without attributes every decision routes by probability and nothing is checked.
 * Conditions that do not parse are left to the engine (`sim.condition`). Pure.
 */
export function checkDecisionData(
  doc: ProcessDocument,
  attributes: Readonly<Record<string, AttributeSpec>>,
): DecisionLackingData[] {
  if (Object.keys(attributes).length === 0) return [];
  const given = (name: string) => Object.hasOwn(attributes, name);
  const out: DecisionLackingData[] = [];
  for (const step of doc.steps) {
    if (step.type !== 'xor') continue;
    const flows = doc.flows.filter((f) => f.from === step.id);
    if (flows.length < 2) continue;
    const names: string[] = [];
    for (const f of flows) {
      if (f.condition === undefined) continue;
      const parsed = parseCondition(f.condition);
      if (parsed.ok) for (const n of parsed.names) if (!names.includes(n)) names.push(n);
    }
    // A decision that reads none of the given data routes by probability, as the modeller meant.
    if (!names.some(given)) continue;
    const missing = names.filter((n) => !given(n));
    if (missing.length > 0) out.push({ stepId: step.id, name: step.name, missing });
  }
  return out;
}
