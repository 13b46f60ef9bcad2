import { refusal } from '../messages/commandMessages';
import { defineCommand } from './command';
import { recordsOf } from './documentIds';
import { removeSteps } from './removeSteps';

/** `steps.remove`: removes several steps with their flows, and drops them from risks. */
export const stepsRemove = defineCommand({
  id: 'steps.remove',
  canExecute(doc, params: { ids: string[] }, lang) {
    const ids = new Set(recordsOf(doc, 'steps').map((s) => s.id));
    const missing = params.ids.find((id) => !ids.has(id));
    return missing === undefined ? null : refusal('step.unknown', { id: missing }, lang);
  },
  execute(doc, { ids }) {
    return removeSteps(doc, new Set(ids));
  },
});
