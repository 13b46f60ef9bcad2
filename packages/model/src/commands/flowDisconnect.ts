import { refusal } from '../messages/commandMessages';
import { defineCommand } from './command';
import { findRecord } from './documentIds';
import { recordEntry } from './recordEntry';

/** `flow.disconnect`: removes one flow. */
export const flowDisconnect = defineCommand({
  id: 'flow.disconnect',
  canExecute(doc, params: { id: string }, lang) {
    return findRecord(doc, 'flows', params.id)
      ? null
      : refusal('flow.unknown', { id: params.id }, lang);
  },
  execute(doc, { id }) {
    const { index, record } = findRecord(doc, 'flows', id)!;
    return { added: [], updated: [], removed: [recordEntry('flows', index, record)] };
  },
});
