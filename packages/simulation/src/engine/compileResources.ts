import type { Distribution, Role } from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';
import type { CompiledPerson, CompiledRole } from './CompiledModel';
import * as K from './stepKinds';

/** A role of the document as written, with the calendars of the document that defines it. */
export interface RoleSource {
  role: Role;
  /** Resolves a calendar id of the role's document (reports unknown ids itself). */
  calendar: (path: string, owner: string, id: string | undefined) => WorkCalendar | null;
  path: string;
}

/** What {@link compileResources} needs to know about the steps. */
export interface ResourceSteps {
  kind: ArrayLike<number>;
  role: ArrayLike<number>;
  /** Compiled step ids, and the ids as written in their own document. */
  ids: readonly string[];
  localIds: readonly string[];
  /** Steps that batch their cases. */
  batched: ArrayLike<boolean>;
  hasTerminate: boolean;
}

const DISCIPLINES = {
  fifo: K.DISCIPLINE_FIFO,
  priority: K.DISCIPLINE_PRIORITY,
  dueDate: K.DISCIPLINE_DUE_DATE,
};

/**
 * Fills in each role's members, queue discipline and fast-path flag, and returns the persons
 * (SPEC.md SIM-RES-1): a role's named `members` (the same id in several roles is one person,
 * its fields from its first listing), or — for a role that cannot take the fast path — as many
 * anonymous members as its capacity. A capacity override keeps the first members, or adds
 * anonymous ones. Mutates `roles`; pure otherwise.
 */
export function compileResources(
  roles: CompiledRole[],
  sources: readonly RoleSource[],
  steps: ResourceSteps,
  overrides: { capacity: Record<string, number>; queue?: Record<string, string> },
): CompiledPerson[] {
  const persons: CompiledPerson[] = [];
  const byId = new Map<string, number>();
  const batchedRole = new Set<number>();
  for (let s = 0; s < steps.kind.length; s++)
    if (steps.batched[s] && steps.role[s]! >= 0) batchedRole.add(steps.role[s]!);
  roles.forEach((r, ri) => {
    const { role, calendar, path } = sources[ri]!;
    const queue =
      (overrides.queue && Object.hasOwn(overrides.queue, r.id)
        ? overrides.queue[r.id]
        : role.queue) ?? 'fifo';
    r.discipline = DISCIPLINES[queue as keyof typeof DISCIPLINES] ?? K.DISCIPLINE_FIFO;
    const members = role.members ?? [];
    const override = Object.hasOwn(overrides.capacity, r.id) ? overrides.capacity[r.id] : undefined;
    r.simple =
      members.length === 0 &&
      r.discipline === K.DISCIPLINE_FIFO &&
      !batchedRole.has(ri) &&
      !steps.hasTerminate;
    if (r.simple) return;
    const count = members.length > 0 && override === undefined ? members.length : r.capacity;
    r.members = [];
    for (let i = 0; i < count; i++) {
      const m = members[i];
      if (!m) {
        r.members.push(persons.length);
        persons.push(anonymous(`${r.id}#${i + 1}`, ri, r.calendar));
        continue;
      }
      const known = byId.get(m.id);
      if (known !== undefined) {
        if (!persons[known]!.roles.includes(ri)) persons[known]!.roles.push(ri);
        r.members.push(known);
        continue;
      }
      const durations = new Map<number, Distribution>();
      byId.set(m.id, persons.length);
      r.members.push(persons.length);
      persons.push({
        id: m.id,
        named: true,
        roles: [ri],
        calendar:
          m.calendar === undefined
            ? r.calendar
            : calendar(`${path}.members[${i}].calendar`, m.id, m.calendar),
        speed: m.speed !== undefined && m.speed > 0 ? m.speed : 1,
        costPerHour: m.costPerHour ?? NaN,
        durations,
      });
    }
    r.capacity = r.members.length;
  });
  // A person's own durations, by the task's id (compiled, or as written in its document).
  for (let s = 0; s < steps.kind.length; s++) {
    if (steps.kind[s] !== K.TASK || steps.role[s]! < 0) continue;
    const ri = steps.role[s]!;
    const role = sources[ri]!.role;
    for (const m of role.members ?? []) {
      const own = m.durations?.[steps.ids[s]!] ?? m.durations?.[steps.localIds[s]!];
      const p = byId.get(m.id);
      if (own && p !== undefined && !persons[p]!.durations.has(s))
        persons[p]!.durations.set(s, own);
    }
  }
  return persons;
}

function anonymous(id: string, role: number, calendar: WorkCalendar | null): CompiledPerson {
  return {
    id,
    named: false,
    roles: [role],
    calendar,
    speed: 1,
    costPerHour: NaN,
    durations: new Map(),
  };
}
