import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';
import { recordsOf } from './documentIds';
import { recordEntry, recordUpdate } from './recordEntry';

/**
 * The patch that removes the steps `ids`, every flow touching them, their ids from risks'
 * step lists (a list left empty is dropped) and from role members' `durations` (an empty map is
 * dropped). Shared by `steps.remove` and `steps.merge`, which
 * passes `replaceWith` to point risks at the surviving step instead. Pure.
 */
export function removeSteps(
  doc: ProcessDocument,
  ids: ReadonlySet<string>,
  replaceWith?: string,
): Patch {
  const patch: Patch = { added: [], updated: [], removed: [] };
  recordsOf(doc, 'steps').forEach((s, i) => {
    if (ids.has(s.id)) patch.removed.push(recordEntry('steps', i, s));
  });
  recordsOf(doc, 'flows').forEach((f, i) => {
    if (ids.has(f.from) || ids.has(f.to)) patch.removed.push(recordEntry('flows', i, f));
  });
  recordsOf(doc, 'risks').forEach((risk, i) => {
    if (!risk.steps?.some((s) => ids.has(s))) return;
    const steps: string[] = [];
    for (const s of risk.steps) {
      const kept = ids.has(s) ? replaceWith : s;
      if (kept !== undefined && !steps.includes(kept)) steps.push(kept);
    }
    const { steps: _old, ...rest } = risk;
    patch.updated.push(recordUpdate('risks', i, risk, steps.length ? { ...risk, steps } : rest));
  });
  recordsOf(doc, 'roles').forEach((role, i) => {
    const members = role.members;
    if (!members?.some((m) => Object.keys(m.durations ?? {}).some((k) => ids.has(k)))) return;
    const kept = members.map((m) => {
      if (m.durations === undefined) return m;
      const entries = Object.entries(m.durations).filter(([task]) => !ids.has(task));
      const { durations: _old, ...rest } = m;
      return entries.length ? { ...m, durations: Object.fromEntries(entries) } : rest;
    });
    patch.updated.push(recordUpdate('roles', i, role, { ...role, members: kept }));
  });
  return patch;
}
