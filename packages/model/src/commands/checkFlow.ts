import { parseCondition } from '../condition/parseCondition';
import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import { recordsOf } from './documentIds';

const FLOW_FIELDS = new Set(['id', 'from', 'to', 'label', 'probability', 'condition', 'default']);

/**
 * The refusal for `flow` as it would be stored in `doc`: both ends exist (in `doc` or among
 * `pendingSteps`), it does not enter a start nor leave an end, its probability is within 0..1
 * and its condition parses. Self-loops are legal (BPMN allows them). Null when fine. Pure.
 */
export function checkFlow(
  doc: ProcessDocument,
  flow: Flow,
  lang?: Lang,
  pendingSteps: ReadonlyMap<string, Step> = new Map(),
): Refusal | null {
  const id = flow.id;
  for (const field of Object.keys(flow)) {
    if (!FLOW_FIELDS.has(field))
      return refusal('field.notAllowed', { id, field, type: 'flow' }, lang);
  }
  const steps = new Map(recordsOf(doc, 'steps').map((s) => [s.id, s]));
  const from = steps.get(flow.from) ?? pendingSteps.get(flow.from);
  const to = steps.get(flow.to) ?? pendingSteps.get(flow.to);
  if (!from) return refusal('step.unknown', { id: String(flow.from) }, lang);
  if (!to) return refusal('step.unknown', { id: String(flow.to) }, lang);
  if (to.type === 'start') return refusal('flow.intoStart', { id, to: to.id }, lang);
  if (from.type === 'end') return refusal('flow.outOfEnd', { id, from: from.id }, lang);
  // An or split takes each flow by its own probability: 0 would never be taken (TG-17).
  if (from.type === 'or' && flow.probability !== undefined && !(flow.probability > 0)) {
    return refusal('flow.orProbability', { id }, lang);
  }
  return checkFlowFields(flow, lang);
}

/** The refusal for a flow's optional fields (label, probability, condition, default). Pure. */
export function checkFlowFields(flow: Flow, lang?: Lang): Refusal | null {
  const id = flow.id;
  const p = flow.probability;
  if (p !== undefined && !(typeof p === 'number' && p >= 0 && p <= 1)) {
    return refusal('flow.probabilityRange', { id }, lang);
  }
  if (flow.label !== undefined && typeof flow.label !== 'string') {
    return refusal('value.invalid', { id, field: 'label' }, lang);
  }
  if (flow.default !== undefined && typeof flow.default !== 'boolean') {
    return refusal('value.invalid', { id, field: 'default' }, lang);
  }
  if (flow.condition !== undefined) {
    if (typeof flow.condition !== 'string')
      return refusal('value.invalid', { id, field: 'condition' }, lang);
    const parsed = parseCondition(flow.condition, { lang });
    if (!parsed.ok) {
      const { column, message } = parsed.error;
      return refusal('flow.conditionSyntax', { id, column, detail: message }, lang);
    }
  }
  return null;
}
