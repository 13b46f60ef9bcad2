/**
 * The role changes behind the People table (人员): add, change and remove a member, as
 * `role.update` changes. With people listed the role's capacity is their number, so a written
 * capacity is cleared with the first person and comes back (as their number) with the last. Pure.
 */
import type { Distribution, Member, ProcessDocument, Role } from '@flowsmith/model';

/** A member id no role of `doc` uses: `person1`, `person2`, … Pure. */
export function freshMemberId(doc: ProcessDocument): string {
  const used = new Set(doc.roles.flatMap((r) => (r.members ?? []).map((m) => m.id)));
  let n = used.size + 1;
  while (used.has(`person${n}`)) n++;
  return `person${n}`;
}

/** The role changes that make `members` the role's people (none: back to a capacity). Pure. */
export function membersChanges(
  role: Role,
  members: readonly Member[],
): { members: Member[] | null; capacity?: number | null } {
  if (members.length === 0)
    return { members: null, ...(role.members?.length ? { capacity: role.members.length } : {}) };
  return { members: [...members], ...(role.capacity !== undefined ? { capacity: null } : {}) };
}

/** The changes adding a person named `name` (on the role's calendar, speed 1). Pure. */
export function addMemberChanges(doc: ProcessDocument, role: Role, name: string) {
  return membersChanges(role, [...(role.members ?? []), { id: freshMemberId(doc), name }]);
}

/** One member with `changes` applied; `undefined` clears a field. Pure. */
export function changeMember(
  member: Member,
  changes: { [K in keyof Omit<Member, 'id'>]?: Member[K] | undefined },
): Member {
  const next: Record<string, unknown> = { ...member, ...changes };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return next as unknown as Member;
}

/** A member with its own duration for `taskId` set (or cleared with `undefined`). Pure. */
export function withDuration(
  member: Member,
  taskId: string,
  duration: Distribution | undefined,
): Member {
  const durations: Record<string, Distribution> = { ...member.durations };
  if (duration) durations[taskId] = duration;
  else delete durations[taskId];
  return changeMember(member, {
    durations: Object.keys(durations).length ? durations : undefined,
  });
}
