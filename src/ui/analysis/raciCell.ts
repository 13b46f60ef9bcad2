import type { Raci, TaskStep } from '@flowsmith/model';

/** What a role is on a task: Responsible, Accountable, both, Consulted, Informed, or nothing. */
export type RaciLetter = 'R' | 'A' | 'RA' | 'C' | 'I' | '';

/** The letters a cell can be set to, in menu order. */
export const RACI_LETTERS: readonly RaciLetter[] = ['', 'R', 'A', 'RA', 'C', 'I'];

/** The letter of `roleId` on `step` (R is the step's role; A, C and I come from `raci`). Pure. */
export function raciCell(step: Pick<TaskStep, 'role' | 'raci'>, roleId: string): RaciLetter {
  const r = step.role === roleId;
  const a = step.raci?.accountable === roleId;
  if (r && a) return 'RA';
  if (r) return 'R';
  if (a) return 'A';
  if (step.raci?.consulted?.includes(roleId)) return 'C';
  if (step.raci?.informed?.includes(roleId)) return 'I';
  return '';
}

/** The `step.update` changes of a RACI edit: `null` clears a field. */
export interface RaciChanges {
  role?: string | null;
  raci?: Raci | null;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
}

/**
 * The changes that make `roleId` hold `letter` on `step`, or null when it already does. The role
 * first loses whatever it held; R and A then replace the previous holder (who keeps their other
 * letter), C and I are added to their lists. Empty lists and an empty `raci` are cleared. Pure.
 */
export function raciChanges(
  step: Pick<TaskStep, 'role' | 'raci'>,
  roleId: string,
  letter: RaciLetter,
): RaciChanges | null {
  if (raciCell(step, roleId) === letter) return null;
  let role = step.role === roleId ? undefined : step.role;
  let accountable = step.raci?.accountable === roleId ? undefined : step.raci?.accountable;
  const consulted = (step.raci?.consulted ?? []).filter((r) => r !== roleId);
  const informed = (step.raci?.informed ?? []).filter((r) => r !== roleId);
  if (letter === 'R' || letter === 'RA') role = roleId;
  if (letter === 'A' || letter === 'RA') accountable = roleId;
  if (letter === 'C') consulted.push(roleId);
  if (letter === 'I') informed.push(roleId);

  const raci: Raci = {
    ...(accountable !== undefined ? { accountable } : {}),
    ...(consulted.length ? { consulted } : {}),
    ...(informed.length ? { informed } : {}),
  };
  const changes: RaciChanges = {};
  if (role !== step.role) changes.role = role ?? null;
  const before = step.raci;
  const raciChanged =
    before?.accountable !== raci.accountable ||
    !sameList(before?.consulted, raci.consulted) ||
    !sameList(before?.informed, raci.informed);
  if (raciChanged) changes.raci = Object.keys(raci).length ? raci : null;
  return changes;
}
