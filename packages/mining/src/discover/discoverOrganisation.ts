import type { Calendar, Lang, Role } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { workingMinutes } from '../validate/workingTime';
import { discoverMembers, type DiscoveredMembers } from './discoverMembers';
import { discoverRoleCalendars, type RoleCalendars } from './discoverRoleCalendars';
import { discoverRoles, type DiscoveredRoles } from './discoverRoles';

/** Minutes of work between two instants (ms): clock minutes, or a calendar's working minutes. */
export type MinutesBetween = (fromMs: number, toMs: number) => number;

/** Clock minutes between two instants (ms). */
export const clockMinutes: MinutesBetween = (from, to) => (to - from) / 60_000;

/** The organisation found in a log: roles, their hours and people, and how to count their time. */
export interface Organisation extends DiscoveredRoles {
  hours: RoleCalendars;
  people: DiscoveredMembers;
  /** Per activity: working minutes of its role's calendar (absent: clock minutes). */
  minutesOf: Map<string, MinutesBetween>;
  /** Per `role\u0000person` of a member with hours of their own: their working minutes. */
  personMinutes: Map<string, MinutesBetween>;
}

/**
 * Roles (`discoverRoles`), their calendars (`discoverRoleCalendars`) and their people with hours
 * of their own (`discoverMembers`), written on the roles; with the working-minute clocks the
 * durations are counted in (a role with a calendar pauses outside it; so does a member with hours
 * of their own). Pure (returns new roles).
 */
export function discoverOrganisation(
  log: EventLog,
  zone: TimeZone,
  lang: Lang,
  zoneName?: string,
): Organisation {
  const found = discoverRoles(log, lang, zone);
  const { roles, roleOf } = found;
  const ids = new Set(roles.map((r) => r.id));
  const hours = discoverRoleCalendars(log, roleOf, zone, ids, lang, zoneName);
  for (const r of roles) {
    const calendar = hours.calendarOf.get(r.id);
    if (calendar) r.calendar = calendar;
  }
  const people = discoverMembers(log, roleOf, roles, hours.calendars, zone, ids, lang, zoneName);
  applyMembers(roles, people);
  const minutesOf = new Map<string, MinutesBetween>();
  for (const [activity, role] of roleOf) {
    const calendar = hours.calendars.find((c) => c.id === hours.calendarOf.get(role));
    if (calendar) minutesOf.set(activity, workingMinutes(calendar, zone));
  }
  const org: Organisation = { ...found, hours, people, minutesOf, personMinutes: new Map() };
  setPersonMinutes(org, zone);
  return org;
}

/**
 * Gives the roles of `org` their people again, now with `speeds` (role id → person → speed, from
 * `personSpeeds`): a role whose people work at clearly different speeds gets them as members.
 */
export function withSpeeds(
  org: Organisation,
  log: EventLog,
  speeds: ReadonlyMap<string, ReadonlyMap<string, number>>,
  zone: TimeZone,
  lang: Lang,
  zoneName?: string,
): void {
  const ids = new Set(org.roles.map((r) => r.id));
  const calendars: Calendar[] = org.hours.calendars;
  org.people = discoverMembers(
    log,
    org.roleOf,
    org.roles,
    calendars,
    zone,
    ids,
    lang,
    zoneName,
    speeds,
  );
  applyMembers(org.roles, org.people);
  setPersonMinutes(org, zone);
}

/** A role with members has their number as its capacity. */
function applyMembers(roles: Role[], people: DiscoveredMembers): void {
  for (const r of roles) {
    const members = people.members.get(r.id);
    if (!members) continue;
    r.members = members;
    delete r.capacity;
  }
}

/** A member with hours of their own works in them: their durations in their working minutes. */
function setPersonMinutes(org: Organisation, zone: TimeZone): void {
  org.personMinutes.clear();
  const calendars = org.people.calendars.concat(org.hours.calendars);
  for (const [role, members] of org.people.members)
    for (const m of members) {
      const calendar = m.calendar && calendars.find((c) => c.id === m.calendar);
      if (calendar)
        org.personMinutes.set(`${role}\u0000${m.name ?? m.id}`, workingMinutes(calendar, zone));
    }
}
