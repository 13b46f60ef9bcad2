import type { Flow } from '../types/flow';
import { defineCommand } from './command';
import { checkFlow } from './checkFlow';
import { checkNewId, recordsOf } from './documentIds';
import { recordEntry } from './recordEntry';

/** `flow.connect`: adds a flow between two existing steps. */
export const flowConnect = defineCommand({
  id: 'flow.connect',
  canExecute(doc, params: Flow, lang) {
    return checkNewId(doc, params.id, lang) ?? checkFlow(doc, params, lang);
  },
  execute(doc, flow) {
    return {
      added: [recordEntry('flows', recordsOf(doc, 'flows').length, flow)],
      updated: [],
      removed: [],
    };
  },
});
