import type { Refusal } from '../messages/commandMessages';
import type { Patch } from '../patch/patch';
import type { Flow } from '../types/flow';
import type { Role } from '../types/role';
import type { Step } from '../types/step';
import { defineCommand } from './command';
import { checkFlow } from './checkFlow';
import { checkRole } from './checkRecord';
import { checkStep } from './checkStep';
import { allIds, checkNewId, recordsOf } from './documentIds';
import { recordEntry } from './recordEntry';

/** What `elements.add` appends: roles, steps and flows that may refer to each other. */
export interface ElementsAddParams {
  roles?: Role[];
  steps?: Step[];
  flows?: Flow[];
}

/** `elements.add`: appends several roles, steps and flows at once (paste, duplicate, table import). */
export const elementsAdd = defineCommand({
  id: 'elements.add',
  canExecute(doc, params: ElementsAddParams, lang): Refusal | null {
    const taken = allIds(doc);
    const fresh = (id: string) => {
      const r = checkNewId(doc, id, lang, taken);
      taken.add(id);
      return r;
    };
    const roles = params.roles ?? [];
    const steps = params.steps ?? [];
    // A pasted member's `durations` may name a pasted task.
    const withSteps = { ...doc, steps: [...recordsOf(doc, 'steps'), ...steps] };
    for (const role of roles) {
      const r = fresh(role.id) ?? checkRole(withSteps, role, lang);
      if (r) return r;
    }
    const pendingRoles = new Set(roles.map((r) => r.id));
    for (const step of steps) {
      const r = fresh(step.id) ?? checkStep(doc, step, lang, { roles: pendingRoles });
      if (r) return r;
    }
    const pendingSteps = new Map(steps.map((s) => [s.id, s]));
    for (const flow of params.flows ?? []) {
      const r = fresh(flow.id) ?? checkFlow(doc, flow, lang, pendingSteps);
      if (r) return r;
    }
    return null;
  },
  execute(doc, params) {
    const patch: Patch = { added: [], updated: [], removed: [] };
    const append = <C extends 'roles' | 'steps' | 'flows'>(
      c: C,
      records: Array<Role | Step | Flow>,
    ) => {
      const start = recordsOf(doc, c).length;
      records.forEach((r, i) => patch.added.push(recordEntry(c, start + i, r as never)));
    };
    append('roles', params.roles ?? []);
    append('steps', params.steps ?? []);
    append('flows', params.flows ?? []);
    return patch;
  },
});
