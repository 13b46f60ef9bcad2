import { refusal } from '../messages/commandMessages';
import { readHeader } from '../patch/entry';
import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';
import type { Role } from '../types/role';
import type { Step, TaskStep } from '../types/step';
import { defineCommand } from './command';
import { findRecord, recordsOf } from './documentIds';
import { recordEntry, recordUpdate } from './recordEntry';
import { checkExists } from './recordCommands';

/** Parameters of `role.remove`: `reassignTo` takes over every use of the removed role. */
export interface RoleRemoveParams {
  id: string;
  reassignTo?: string;
}

/** Where role `id` is used: tasks (responsible or RACI) and the process owner. Pure. */
function usesOf(doc: ProcessDocument, id: string): string[] {
  const uses = recordsOf(doc, 'steps')
    .filter((s) => s.type === 'task' && reassign(s, id, id) !== s)
    .map((s) => `step "${s.id}"`);
  if (doc.owner === id) uses.push('the process owner');
  return uses;
}

const swap = (list: string[] | undefined, from: string, to: string) =>
  list?.includes(from) ? [...new Set(list.map((r) => (r === from ? to : r)))] : list;

/** `task` with role `from` replaced by `to` everywhere; the same object if it does not use `from`. */
function reassign(task: TaskStep, from: string, to: string): Step {
  const raci = task.raci;
  const usesRaci =
    raci &&
    (raci.accountable === from || raci.consulted?.includes(from) || raci.informed?.includes(from));
  if (task.role !== from && !usesRaci) return task;
  const after: TaskStep = { ...task };
  if (task.role === from) after.role = to;
  if (raci && usesRaci) {
    const next = { ...raci };
    if (raci.accountable === from) next.accountable = to;
    if (raci.consulted) next.consulted = swap(raci.consulted, from, to);
    if (raci.informed) next.informed = swap(raci.informed, from, to);
    after.raci = next;
  }
  return after;
}

/**
 * `role.remove`: removes a role (a lane). Refused while a task uses it (responsible or RACI) or
 * it owns the process, unless `reassignTo` names another role that takes those over in the same patch.
 * Roles that report to it report to `reassignTo` instead, or to no one without it.
 */
export const roleRemove = defineCommand({
  id: 'role.remove',
  canExecute(doc, params: RoleRemoveParams, lang) {
    const missing = checkExists(doc, 'roles', params.id, lang);
    if (missing) return missing;
    const to = params.reassignTo;
    if (to === undefined) {
      const uses = usesOf(doc, params.id);
      return uses.length
        ? refusal('role.inUse', { id: params.id, usedBy: uses.slice(0, 3).join(', ') }, lang)
        : null;
    }
    if (to === params.id) return refusal('role.reassignSelf', { id: to }, lang);
    return checkExists(doc, 'roles', to, lang);
  },
  execute(doc, { id, reassignTo }) {
    const { index, record } = findRecord(doc, 'roles', id)!;
    const patch: Patch = { added: [], updated: [], removed: [recordEntry('roles', index, record)] };
    // the removed role's reports move to reassignTo, or lose their 直接上级; never a block
    recordsOf(doc, 'roles').forEach((role, i) => {
      if (role.reportsTo !== id) return;
      const keep = reassignTo !== undefined && reassignTo !== role.id;
      const { reportsTo: _gone, ...rest } = role;
      const after: Role = keep ? { ...role, reportsTo: reassignTo } : rest;
      patch.updated.push(recordUpdate('roles', i, role, after));
    });
    if (reassignTo === undefined) return patch;
    recordsOf(doc, 'steps').forEach((step, i) => {
      if (step.type !== 'task') return;
      const after = reassign(step, id, reassignTo);
      if (after !== step) patch.updated.push(recordUpdate('steps', i, step, after));
    });
    if (doc.owner === id) {
      const header = readHeader(doc);
      patch.updated.push([
        { collection: 'header', header },
        { collection: 'header', header: { ...header, owner: reassignTo } },
      ]);
    }
    return patch;
  },
});
