import type { Calendar, Role, StartStep } from '@flowsmith/model';
import { WEEK_MINUTES, weekProfile } from './weekProfile';

/**
 * How many people of `role` are at work in each minute of the week: with `members`, each member
 * on its own calendar (default the role's); otherwise `capacity` on the role's calendar. Pure.
 * `calendars` looks calendars up by id (an unknown id counts as always open).
 */
export function roleServers(role: Role, calendars: ReadonlyMap<string, Calendar>): Float64Array {
  const cal = (id: string | undefined) => (id ? calendars.get(id) : undefined);
  if (role.members && role.members.length > 0) {
    const servers = new Float64Array(WEEK_MINUTES);
    for (const m of role.members) {
      const open = weekProfile(cal(m.calendar ?? role.calendar));
      for (let t = 0; t < WEEK_MINUTES; t++) servers[t] = servers[t]! + open[t]!;
    }
    return servers;
  }
  const capacity = Math.max(0, role.capacity ?? 1);
  const open = weekProfile(cal(role.calendar));
  for (let t = 0; t < WEEK_MINUTES; t++) open[t] = open[t]! * capacity;
  return open;
}

/**
 * When a start step's cases arrive over the week (relative weights per minute): within its
 * arrival calendar, times its `profile` (hour-of-day × day-of-week weights). With the
 * `wallClock` rule, arrivals drawn in closed hours are moved to the next opening. Pure.
 */
export function arrivalWeek(
  start: StartStep,
  calendars: ReadonlyMap<string, Calendar>,
): Float64Array {
  const arrival = start.arrival;
  const open = weekProfile(arrival?.calendar ? calendars.get(arrival.calendar) : undefined);
  const hours = arrival?.profile?.hours;
  const days = arrival?.profile?.days;
  const weight = (t: number): number => {
    const h = hours?.[Math.floor((t % 1440) / 60)];
    const d = days?.[Math.floor(t / 1440)];
    return (
      (typeof h === 'number' && h >= 0 ? h : hours ? 0 : 1) *
      (typeof d === 'number' && d >= 0 ? d : days ? 0 : 1)
    );
  };
  const week = new Float64Array(WEEK_MINUTES);
  if (arrival?.rule === 'wallClock') {
    // Clock-time arrivals; those in closed hours wait for the next opening.
    let carried = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let t = 0; t < WEEK_MINUTES; t++) {
        const w = weight(t);
        const o = open[t]!;
        const here = (w + carried) * o;
        carried = (w + carried) * (1 - o);
        if (pass === 1) week[t] = here;
      }
    }
    return week;
  }
  for (let t = 0; t < WEEK_MINUTES; t++) week[t] = open[t]! * weight(t);
  return week;
}
