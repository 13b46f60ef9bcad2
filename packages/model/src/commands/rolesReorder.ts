import { refusal } from '../messages/commandMessages';
import type { Patch } from '../patch/patch';
import { defineCommand } from './command';
import { recordsOf } from './documentIds';
import { recordEntry } from './recordEntry';

/**
 * `roles.reorder`: puts the roles (lanes) in the given order. The patch removes and re-adds
 * only the roles whose index changes, so undo restores the old order exactly.
 */
export const rolesReorder = defineCommand({
  id: 'roles.reorder',
  canExecute(doc, params: { order: string[] }, lang) {
    const ids = recordsOf(doc, 'roles').map((r) => r.id);
    const order = new Set(params.order);
    const same =
      order.size === ids.length &&
      params.order.length === ids.length &&
      ids.every((id) => order.has(id));
    return same ? null : refusal('roles.orderMismatch', { expected: ids.length }, lang);
  },
  execute(doc, { order }) {
    const roles = recordsOf(doc, 'roles');
    const byId = new Map(roles.map((r) => [r.id, r]));
    const patch: Patch = { added: [], updated: [], removed: [] };
    order.forEach((id, to) => {
      const from = roles.findIndex((r) => r.id === id);
      if (from === to) return;
      patch.removed.push(recordEntry('roles', from, roles[from]!));
      patch.added.push(recordEntry('roles', to, byId.get(id)!));
    });
    return patch;
  },
});
