import { refusal } from '../messages/commandMessages';
import { defineCommand } from './command';
import { readHeader } from '../patch/entry';
import { recordsOf } from './documentIds';
import { recordEntry, recordUpdate } from './recordEntry';
import { removeSteps } from './removeSteps';
import { stepsRemoveDependants, withTexts } from './stepsRemoveDependants';

/** Parameters of `steps.remove`: with `dependants`, what only the steps needed goes too (SPEC.md RM). */
export interface StepsRemoveParams {
  ids: string[];
  dependants?: boolean;
}

/**
 * `steps.remove`: removes several steps with their flows, and drops them from risks. With
 * `dependants: true` it also removes the timers that only wait for them (RM-1) and the data only
 * they produced that nobody else reads (RM-2), deletes flow labels naming them (RM-3), and takes sentences and cautions naming them out of
 * the remaining steps' text and the process description (RM-4); `stepsRemoveDependants` gives the same plan with its warnings.
 */
export const stepsRemove = defineCommand({
  id: 'steps.remove',
  canExecute(doc, params: StepsRemoveParams, lang) {
    const ids = new Set(recordsOf(doc, 'steps').map((s) => s.id));
    const missing = params.ids.find((id) => !ids.has(id));
    return missing === undefined ? null : refusal('step.unknown', { id: missing }, lang);
  },
  execute(doc, { ids, dependants }) {
    if (!dependants) return removeSteps(doc, new Set(ids));
    const plan = stepsRemoveDependants(doc, new Set(ids));
    const patch = removeSteps(doc, new Set([...ids, ...plan.timers]));
    recordsOf(doc, 'data').forEach((d, i) => {
      if (plan.data.includes(d.id)) patch.removed.push(recordEntry('data', i, d));
    });
    recordsOf(doc, 'flows').forEach((f, i) => {
      if (
        !plan.labels.includes(f.id) ||
        patch.removed.some((e) => e.collection === 'flows' && e.index === i)
      )
        return;
      const { label: _dropped, ...rest } = f;
      patch.updated.push(recordUpdate('flows', i, f, rest));
    });
    recordsOf(doc, 'steps').forEach((s, i) => {
      const text = plan.texts.find((t) => t.stepId === s.id);
      if (text) patch.updated.push(recordUpdate('steps', i, s, withTexts(s, text.changes)));
    });
    if (plan.description !== undefined) {
      const before = readHeader(doc);
      const { description: _old, ...rest } = before;
      const after = plan.description === '' ? rest : { ...before, description: plan.description };
      patch.updated.push([
        { collection: 'header', header: before },
        { collection: 'header', header: after },
      ]);
    }
    return patch;
  },
});
