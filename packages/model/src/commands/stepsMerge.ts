import { refusal } from '../messages/commandMessages';
import type { Flow } from '../types/flow';
import type { Patch } from '../patch/patch';
import type { TaskStep } from '../types/step';
import { applyChanges } from './applyChanges';
import { defineCommand } from './command';
import { findRecord, recordsOf } from './documentIds';
import { mergedDuration } from './mergedDuration';
import { recordEntry, recordUpdate } from './recordEntry';
import { removeSteps } from './removeSteps';

/** Parameters of `steps.merge`: task ids in flow order; `name` overrides the joined name. */
export interface StepsMergeParams {
  ids: string[];
  name?: string;
}

const union = (lists: ReadonlyArray<readonly string[] | undefined>): string[] | null => {
  const out: string[] = [];
  for (const list of lists) for (const x of list ?? []) if (!out.includes(x)) out.push(x);
  return out.length ? out : null;
};

/**
 * `steps.merge`: merges tasks that follow each other (`ids[i] → ids[i+1]` is a flow) into the
 * first. See README "steps.merge" for how fields and flows combine.
 */
export const stepsMerge = defineCommand({
  id: 'steps.merge',
  canExecute(doc, params: StepsMergeParams, lang) {
    const { ids } = params;
    if (new Set(ids).size < 2 || new Set(ids).size !== ids.length)
      return refusal('merge.tooFew', {}, lang);
    for (const id of ids) {
      const found = findRecord(doc, 'steps', id);
      if (!found) return refusal('step.unknown', { id }, lang);
      if (found.record.type !== 'task')
        return refusal('merge.notTask', { id, type: found.record.type }, lang);
    }
    if (params.name !== undefined && params.name.trim() === '')
      return refusal('name.empty', { id: ids[0]! }, lang);
    const flows = recordsOf(doc, 'flows');
    for (let i = 1; i < ids.length; i++) {
      const [from, to] = [ids[i - 1]!, ids[i]!];
      if (!flows.some((f) => f.from === from && f.to === to))
        return refusal('merge.notSequence', { from, to }, lang);
    }
    const group = new Set(ids);
    const exit = flows.find((f) => group.has(f.from) && f.from !== ids.at(-1) && !group.has(f.to));
    return exit ? refusal('merge.sideExit', { id: exit.from, flow: exit.id }, lang) : null;
  },
  execute(doc, { ids, name }) {
    const [survivorId, ...others] = ids as [string, ...string[]];
    const tasks = ids.map((id) => findRecord(doc, 'steps', id)!.record as TaskStep);
    const first = findRecord(doc, 'steps', survivorId)!;
    const instructions = tasks
      .map((t) => t.instructions)
      .filter((x) => x !== undefined && x !== '');
    const merged = applyChanges(first.record as TaskStep, {
      name: name ?? tasks.map((t) => t.name).join(' + '),
      duration: mergedDuration(tasks.map((t) => t.duration)) ?? null,
      inputs: union(tasks.map((t) => t.inputs)),
      outputs: union(tasks.map((t) => t.outputs)),
      cautions: union(tasks.map((t) => t.cautions)),
      instructions: instructions.length ? instructions.join('\n\n') : null,
    });
    const base = removeSteps(doc, new Set(others), survivorId);
    const patch: Patch = {
      added: [],
      updated: [recordUpdate('steps', first.index, first.record, merged), ...base.updated],
      removed: base.removed.filter((e) => e.collection !== 'flows'),
    };

    // Rewire flows: inside the group they vanish; entering or leaving it they attach to the survivor.
    const group = new Set(ids);
    const kept = new Set<string>(); // from→to of flows at the survivor, first one wins
    recordsOf(doc, 'flows').forEach((flow, i) => {
      const inside = group.has(flow.from) && group.has(flow.to);
      const rewired: Flow = {
        ...flow,
        from: group.has(flow.from) ? survivorId : flow.from,
        to: group.has(flow.to) ? survivorId : flow.to,
      };
      const touches = rewired.from === survivorId || rewired.to === survivorId;
      const key = JSON.stringify([rewired.from, rewired.to]);
      if (inside || (touches && kept.has(key))) {
        patch.removed.push(recordEntry('flows', i, flow));
        return;
      }
      if (touches) kept.add(key);
      if (rewired.from !== flow.from || rewired.to !== flow.to) {
        patch.updated.push(recordUpdate('flows', i, flow, rewired));
      }
    });
    return patch;
  },
});
