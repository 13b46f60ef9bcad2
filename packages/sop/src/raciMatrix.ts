import type { ProcessDocument, TaskStep } from '@flowsmith/model';

/** The RACI letters one role holds in one step, in the order R, A, C, I (e.g. `R/A`). */
export type RaciCell = string;

/** The RACI matrix of a process: one row per task, one column per role. */
export interface RaciMatrix {
  roles: string[];
  rows: Array<{ step: string; cells: RaciCell[] }>;
}

/**
 * Builds the RACI matrix of `doc` for the tasks `taskIds` (in that order). Pure.
 * R is the task's `role`; A, C and I come from its `raci`. Ids naming no role are left out.
 */
export function raciMatrix(doc: ProcessDocument, taskIds: readonly string[]): RaciMatrix {
  const roles = doc.roles.map((r) => r.id);
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const rows = taskIds.flatMap((id) => {
    const step = byId.get(id);
    if (step?.type !== 'task') return [];
    return [{ step: id, cells: roles.map((role) => raciLetters(step, role)) }];
  });
  return { roles, rows };
}

/** The letters `role` holds in `step`: `R`, `A`, `C`, `I` joined by `/`, or `''`. Pure. */
export function raciLetters(step: TaskStep, role: string): RaciCell {
  const letters: string[] = [];
  if (step.role === role) letters.push('R');
  if (step.raci?.accountable === role) letters.push('A');
  if (step.raci?.consulted?.includes(role)) letters.push('C');
  if (step.raci?.informed?.includes(role)) letters.push('I');
  return letters.join('/');
}
