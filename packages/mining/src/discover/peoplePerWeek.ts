import type { EventLog } from '../log/eventLog';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';

const DAY = 86_400_000;

/**
 * Per role (of `roleOf`, activity → role id): the most distinct resources who did its
 * activities (at their start, else their completion) within one calendar week, Monday 00:00 to
 * Monday 00:00 in `zone`: the people a role has (robust to turnover over a long log). Pure.
 */
export function peoplePerWeek(
  log: EventLog,
  roleOf: ReadonlyMap<string, string>,
  zone: TimeZone,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of log.cases)
    for (const e of c.events) {
      const role = roleOf.get(e.activity);
      if (!role || !e.resource) continue;
      const t = e.start ?? e.complete;
      // 5 January 1970 was a Monday.
      const week = Math.floor((t + zoneOffsetAt(zone, t) * 60_000 - 4 * DAY) / (7 * DAY));
      const key = `${role}\u0000${week}`;
      let people = seen.get(key);
      if (!people) seen.set(key, (people = new Set()));
      people.add(e.resource);
    }
  const most = new Map<string, number>();
  for (const [key, people] of seen) {
    const role = key.slice(0, key.indexOf('\u0000'));
    most.set(role, Math.max(most.get(role) ?? 0, people.size));
  }
  return most;
}
