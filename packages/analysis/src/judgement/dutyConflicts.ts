import type { Duty, ProcessDocument, TaskStep } from '@flowsmith/model';
import { DUTY_PAIRS, dutiesOf, type DutyPair } from './dutyCatalogue';

/** One role holding both duties of an incompatible pair, with the first step of each duty. */
export interface DutyConflict {
  role: string;
  pair: DutyPair;
  /** The first task (in document order) of each duty of the pair. */
  steps: [string, string];
}

/** Who does which task: task id → role id. */
export type Assignment = ReadonlyMap<string, string>;

/** The pairs this document lets one role hold (`allowedDutyPairs`, either order). Pure. */
export function allowedPairs(doc: ProcessDocument): Set<string> {
  const allowed = new Set<string>();
  for (const name of doc.allowedDutyPairs ?? []) {
    const [a, b] = name.split('/');
    allowed.add(`${a}/${b}`).add(`${b}/${a}`);
  }
  return allowed;
}

/**
 * Every role that does tasks of both duties of a pair of `DUTY_PAIRS`, skipping pairs the
 * document allows. `assignment` overrides who does a task (to judge a reassignment before it is
 * made). Pure.
 */
export function dutyConflicts(
  doc: ProcessDocument,
  tasks: readonly TaskStep[],
  assignment?: Assignment,
): DutyConflict[] {
  const allowed = allowedPairs(doc);
  const held = new Map<string, Map<Duty, string>>();
  for (const t of tasks) {
    const role = assignment?.get(t.id) ?? t.role;
    if (!role) continue;
    const duties = held.get(role) ?? held.set(role, new Map()).get(role)!;
    for (const d of dutiesOf(t)) if (!duties.has(d)) duties.set(d, t.id);
  }
  const found: DutyConflict[] = [];
  for (const [role, duties] of held) {
    for (const pair of DUTY_PAIRS) {
      if (allowed.has(pair.id)) continue;
      const [a, b] = pair.duties;
      const sa = duties.get(a);
      const sb = duties.get(b);
      // One step doing both duties (a self-approved request) is one role holding both too.
      if (sa !== undefined && sb !== undefined) found.push({ role, pair, steps: [sa, sb] });
    }
  }
  return found;
}
