import type { Patch } from '../patch/patch';
import { defineCommand } from './command';
import { findRecord, recordsOf } from './documentIds';
import { recordEntry, recordUpdate } from './recordEntry';
import { checkExists } from './recordCommands';

/** `data.remove`: removes a data object and drops it from every task's inputs and outputs. */
export const dataRemove = defineCommand({
  id: 'data.remove',
  canExecute: (doc, params: { id: string }, lang) => checkExists(doc, 'data', params.id, lang),
  execute(doc, { id }) {
    const { index, record } = findRecord(doc, 'data', id)!;
    const patch: Patch = { added: [], updated: [], removed: [recordEntry('data', index, record)] };
    recordsOf(doc, 'steps').forEach((step, i) => {
      if (step.type !== 'task' || !(step.inputs?.includes(id) || step.outputs?.includes(id)))
        return;
      const after = { ...step };
      for (const key of ['inputs', 'outputs'] as const) {
        const list = step[key]?.filter((d) => d !== id);
        if (list?.length) after[key] = list;
        else delete after[key];
      }
      patch.updated.push(recordUpdate('steps', i, step, after));
    });
    return patch;
  },
});
