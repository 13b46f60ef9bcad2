import type { Step } from '../types/step';
import { defineCommand } from './command';
import { checkNewId, recordsOf } from './documentIds';
import { checkStep } from './checkStep';
import { recordEntry } from './recordEntry';

/** `step.add`: adds one step, at the end of `steps` or at `index`. */
export const stepAdd = defineCommand({
  id: 'step.add',
  canExecute(doc, params: { step: Step; index?: number }, lang) {
    return checkNewId(doc, params.step.id, lang) ?? checkStep(doc, params.step, lang);
  },
  execute(doc, { step, index }) {
    const length = recordsOf(doc, 'steps').length;
    const at = index === undefined ? length : Math.max(0, Math.min(length, Math.trunc(index)));
    return { added: [recordEntry('steps', at, step)], updated: [], removed: [] };
  },
});
