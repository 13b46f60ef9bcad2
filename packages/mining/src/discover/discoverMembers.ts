import type { Calendar, Lang, Member, Role } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { describeWeek, weekOf } from './discoverRoleCalendars';
import { clearlyOtherHours } from './clearlyOtherHours';
import { hourOfWeekCounts } from './weekHours';

/** The people of the roles whose people keep different hours or work at different speeds. */
export interface DiscoveredMembers {
  /** Members by role id, for the roles that get them. */
  members: Map<string, Member[]>;
  /** The role ids whose people keep different hours (the others got members for their speeds). */
  differentHours: string[];
  /** New calendars the members use (hours no role calendar has). */
  calendars: Calendar[];
}

const ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * The roles of `roleOf` (activity → role id) whose people (the log's resources) work different
 * hours: each person's hours by the rule of `discoverRoleCalendars` from the instants of all
 * their events, with breaks within a day as `withBreaks` finds them from all their starts and
 * completes (a person with too few events keeps the role's hours); a role gets its people as
 * `members` when it has two or more and some person's hours clearly differ from the role's
 * calendar (`clearlyOtherHours`: beyond what the person's number of events shows by chance),
 * or when `speeds` (role id → person → speed, from `personSpeeds`) has the role: then each
 * person with a speed other than 1 has it as `speed`.
 * Only for logs with start timestamps: with complete times only, durations are sojourn times
 * and a role's capacity is set so that the simulation adds no waiting (`discoverRoles`), which
 * members with hours of their own would undo. A member's `calendar` is left out when it is the
 * role's and the person works in no other role;
 * calendars with the same hours as one in `existing` reuse it, new ones are `person-hours`,
 * `person-hours-2`… avoiding `taken`. Member ids are the resource names when they are valid
 * ids, else `person-1`, `person-2`…; the same person in several roles has one id. Pure.
 */
export function discoverMembers(
  log: EventLog,
  roleOf: ReadonlyMap<string, string>,
  roles: readonly Role[],
  existing: readonly Calendar[],
  zone: TimeZone,
  taken: ReadonlySet<string>,
  lang: Lang = 'en',
  zoneName?: string,
  speeds: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(),
): DiscoveredMembers {
  const result: DiscoveredMembers = { members: new Map(), differentHours: [], calendars: [] };
  if (!log.hasResource || !log.hasStart) return result;
  // Who works in each role, and when each person works (all their events, in any role).
  const peopleOf = new Map<string, Set<string>>();
  const times = new Map<string, number[]>();
  const roleTimes = new Map<string, number[]>();
  const instants = new Map<string, number[]>();
  for (const c of log.cases)
    for (const e of c.events) {
      const role = roleOf.get(e.activity);
      if (!role || !e.resource) continue;
      let people = peopleOf.get(role);
      if (!people) peopleOf.set(role, (people = new Set()));
      people.add(e.resource);
      const ofRole = roleTimes.get(role);
      if (ofRole) ofRole.push(e.start ?? e.complete);
      else roleTimes.set(role, [e.start ?? e.complete]);
      const list = times.get(e.resource);
      if (list) list.push(e.start ?? e.complete);
      else times.set(e.resource, [e.start ?? e.complete]);
      const both = instants.get(e.resource) ?? [];
      if (!both.length) instants.set(e.resource, both);
      if (e.start !== undefined) both.push(e.start);
      both.push(e.complete);
    }
  const rolesOf = new Map<string, number>();
  for (const people of peopleOf.values())
    for (const p of people) rolesOf.set(p, (rolesOf.get(p) ?? 0) + 1);
  const weekOfPerson = new Map([...times].map(([p, t]) => [p, weekOf(t, zone, instants.get(p))]));
  const calendars = [...existing];
  const used = new Set([...taken, ...existing.map((c) => c.id)]);
  const ids = new Map<string, string>();
  const idOf = (person: string) => {
    let id = ids.get(person);
    if (!id) {
      id = ID.test(person) && !used.has(person) ? person : `person-${ids.size + 1}`;
      while (used.has(id)) id += '-1';
      used.add(id);
      ids.set(person, id);
    }
    return id;
  };
  const calendarFor = (week: NonNullable<Calendar['week']>) => {
    const key = JSON.stringify(week);
    let calendar = calendars.find((c) => JSON.stringify(c.week) === key);
    if (!calendar) {
      let id = result.calendars.length
        ? `person-hours-${result.calendars.length + 1}`
        : 'person-hours';
      while (used.has(id)) id += '-1';
      used.add(id);
      const hours = describeWeek(week, lang);
      calendar = {
        id,
        name: lang === 'zh-CN' ? `个人工作时间（${hours}）` : `Personal hours (${hours})`,
        ...(zoneName ? { timezone: zoneName } : {}),
        week,
      };
      calendars.push(calendar);
      result.calendars.push(calendar);
    }
    return calendar.id;
  };
  for (const role of roles) {
    const people = [...(peopleOf.get(role.id) ?? [])].sort((a, b) => a.localeCompare(b));
    if (people.length < 2) continue;
    const roleHours = calendars.find((c) => c.id === role.calendar)?.week ?? null;
    const roleWeek = JSON.stringify(roleHours);
    const byHour = hourOfWeekCounts(roleTimes.get(role.id) ?? [], zone);
    // A person's hours other than the role's only when they clearly are (not a sampling wobble).
    const weeks = people.map((p) => {
      const w = weekOfPerson.get(p)!;
      if (typeof w === 'string' || JSON.stringify(w) === roleWeek) return w;
      const mine = hourOfWeekCounts(times.get(p) ?? [], zone);
      return clearlyOtherHours(w, roleHours, mine, byHour) ? w : 'same';
    });
    const differ = weeks.some((w) => typeof w !== 'string' && JSON.stringify(w) !== roleWeek);
    const speedOf = speeds.get(role.id);
    if (!differ && !speedOf) continue;
    if (differ) result.differentHours.push(role.id);
    result.members.set(
      role.id,
      people.map((person, i) => {
        const w = weeks[i]!;
        // A person of several roles writes their hours in each (one person, one calendar).
        const own =
          typeof w === 'string' || (JSON.stringify(w) === roleWeek && rolesOf.get(person) === 1)
            ? undefined
            : w;
        const speed = speedOf?.get(person) ?? 1;
        return {
          id: idOf(person),
          ...(idOf(person) !== person ? { name: person } : {}),
          ...(own ? { calendar: calendarFor(own) } : {}),
          ...(speed !== 1 ? { speed } : {}),
        };
      }),
    );
  }
  return result;
}
