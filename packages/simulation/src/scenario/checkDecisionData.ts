import { parseCondition, type PriorityRule, type ProcessDocument } from '@flowsmith/model';
import type { AttributeSpec } from './Scenario';

/** A decision whose conditions read case data the scenario does not give (SPEC.md SIM-DATA). */
export interface DecisionLackingData {
  /** The xor's (or or's) id and name. */
  stepId: string;
  name: string;
  /** The names its conditions read that nothing gives, in order of first appearance. */
  missing: string[];
}

/**
 * The case-data names a run gives: the (resolved) attributes, and every name a task of `doc`
 * `sets` when it finishes. Pure.
 */
export function givenDataNames(
  doc: ProcessDocument,
  attributes: Readonly<Record<string, AttributeSpec>>,
): Set<string> {
  const names = new Set(Object.keys(attributes));
  for (const step of doc.steps)
    if (step.type === 'task' && step.sets) for (const n of Object.keys(step.sets)) names.add(n);
  return names;
}

/**
 * The decisions (xor and or splits) of `doc` that a run with case attributes `attributes` would
 * route on conditions it cannot evaluate (SPEC.md SIM-DATA): when the run gives case data at all
 * (attributes, or names a task `sets`), a decision whose conditions read at least one given name
 * must find every name it reads given — as an attribute or a set name of that exact name
 * (`amount`, `customer.tier`); a name reached only through a scalar attribute (`customer` for
 * `customer.tier`) counts as not given, since its value has no fields. Without any case data
 * every decision routes by probability and nothing is checked. Conditions that do not parse are
 * left to the engine (`sim.condition`). Pure.
 */
export function checkDecisionData(
  doc: ProcessDocument,
  attributes: Readonly<Record<string, AttributeSpec>>,
): DecisionLackingData[] {
  const given = givenDataNames(doc, attributes);
  if (given.size === 0) return [];
  const out: DecisionLackingData[] = [];
  for (const step of doc.steps) {
    if (step.type !== 'xor' && step.type !== 'or') continue;
    const flows = doc.flows.filter((f) => f.from === step.id);
    if (flows.length < 2) continue;
    const names: string[] = [];
    for (const f of flows) {
      if (f.condition === undefined) continue;
      const parsed = parseCondition(f.condition);
      if (parsed.ok) for (const n of parsed.names) if (!names.includes(n)) names.push(n);
    }
    // A decision that reads none of the given data routes by probability, as the modeller meant.
    if (!names.some((n) => given.has(n))) continue;
    const missing = names.filter((n) => !given.has(n));
    if (missing.length > 0) out.push({ stepId: step.id, name: step.name, missing });
  }
  return out;
}

/**
 * For each priority rule (by index), the names its condition reads that neither an attribute
 * gives nor a task of `doc` sets (SPEC.md SIM-DATA): such a rule would be evaluated on missing
 * data for every case. Rules whose condition does not parse are left out (reported elsewhere).
 * Pure.
 */
export function checkPriorityData(
  doc: ProcessDocument,
  attributes: Readonly<Record<string, AttributeSpec>>,
  priorities: readonly PriorityRule[],
): Array<{ index: number; missing: string[] }> {
  const given = givenDataNames(doc, attributes);
  const out: Array<{ index: number; missing: string[] }> = [];
  priorities.forEach((rule, index) => {
    const parsed = parseCondition(rule.condition);
    if (!parsed.ok) return;
    const missing = parsed.names.filter((n) => !given.has(n));
    if (missing.length > 0) out.push({ index, missing });
  });
  return out;
}
