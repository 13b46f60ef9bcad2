import { refusal } from '../messages/commandMessages';
import type { Flow } from '../types/flow';
import { applyChanges, type Changes } from './applyChanges';
import { defineCommand } from './command';
import { checkFlowFields } from './checkFlow';
import { findRecord } from './documentIds';
import { recordUpdate } from './recordEntry';

/** Changes `flow.update` accepts; `null` clears a field. */
export type FlowChanges = Changes<Pick<Flow, 'label' | 'probability' | 'condition' | 'default'>>;
const FIELDS = new Set(['label', 'probability', 'condition', 'default']);

/** `flow.update`: changes a flow's label, probability, condition or default mark. */
export const flowUpdate = defineCommand({
  id: 'flow.update',
  canExecute(doc, params: { id: string; changes: FlowChanges }, lang) {
    const found = findRecord(doc, 'flows', params.id);
    if (!found) return refusal('flow.unknown', { id: params.id }, lang);
    for (const field of Object.keys(params.changes)) {
      if (!FIELDS.has(field))
        return refusal('field.notAllowed', { id: params.id, field, type: 'flow' }, lang);
    }
    const after = applyChanges(found.record, params.changes);
    const from = findRecord(doc, 'steps', after.from)?.record;
    // An or split takes each flow by its own probability: 0 would never be taken (TG-17).
    if (from?.type === 'or' && after.probability !== undefined && !(after.probability > 0)) {
      return refusal('flow.orProbability', { id: params.id }, lang);
    }
    return checkFlowFields(after, lang);
  },
  execute(doc, { id, changes }) {
    const { index, record } = findRecord(doc, 'flows', id)!;
    return {
      added: [],
      updated: [recordUpdate('flows', index, record, applyChanges(record, changes))],
      removed: [],
    };
  },
});
