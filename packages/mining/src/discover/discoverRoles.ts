import { MAX_ROLE_CAPACITY, type Lang, type Role } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { maxConcurrency } from './maxConcurrency';
import { peoplePerWeek } from './peoplePerWeek';

/** The roles found in a log and the role of each activity. */
export interface DiscoveredRoles {
  roles: Role[];
  roleOf: Map<string, string>;
  /**
   * How each role's capacity was found: `people` (the most of its people at work in one calendar
   * week, at least its `concurrency`), `concurrency`, `sojourn`, `resources` (no timestamps: all
   * its resources), `none` (no roles).
   */
  capacityFrom: 'people' | 'concurrency' | 'sojourn' | 'resources' | 'none';
}

type Counts = Map<string, number>;

function bump(m: Map<string, Counts>, key: string, activity: string) {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Map()));
  c.set(activity, (c.get(activity) ?? 0) + 1);
}

function cosine(a: Counts, b: Counts): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    dot += v * (b.get(k) ?? 0);
    na += v * v;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The roles of `log`: from its role column when it has one (each activity to the role that did
 * most of it), else resources grouped by the activities they perform (cosine similarity of their
 * activity counts ≥ 0.8 joins a group, largest resources first; each activity to the group that
 * did most of it), else none. Capacity, with start times: when the log names people (resources
 * other than the roles themselves), the most distinct people who did the role's activities
 * within one calendar week (Monday to Sunday in `zone`, default UTC: robust to turnover over a
 * long log), never below the most of its activities in progress at once (`people`); without
 * people that concurrency alone (`concurrency`, which cannot show a capacity the work never
 * fills). With complete times only, the most cases at once between their previous event and
 * one of the role's activities (`sojourn`: the durations are sojourn times then, waiting
 * included, so the capacity must not make cases wait again), people or not; without timestamps,
 * the number of its resources. At most `MAX_ROLE_CAPACITY`. Pure.
 */
export function discoverRoles(
  log: EventLog,
  lang: Lang = 'en',
  zone: TimeZone = UTC,
): DiscoveredRoles {
  const byRole = new Map<string, Counts>();
  const byResource = new Map<string, Counts>();
  const resourcesOfRole = new Map<string, Set<string>>();
  for (const c of log.cases)
    for (const e of c.events) {
      if (e.role) bump(byRole, e.role, e.activity);
      if (e.resource) bump(byResource, e.resource, e.activity);
      if (e.role && e.resource) {
        let s = resourcesOfRole.get(e.role);
        if (!s) resourcesOfRole.set(e.role, (s = new Set()));
        s.add(e.resource);
      }
    }
  let groups: { name: string; counts: Counts; members: Set<string> }[];
  if (byRole.size) {
    groups = [...byRole].map(([name, counts]) => ({
      name,
      counts,
      members: resourcesOfRole.get(name) ?? new Set(),
    }));
  } else if (byResource.size) {
    const sorted = [...byResource].sort(
      (a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]),
    );
    groups = [];
    for (const [resource, counts] of sorted) {
      const g = groups.find((x) => cosine(x.counts, counts) >= 0.8);
      if (g) {
        for (const [k, v] of counts) g.counts.set(k, (g.counts.get(k) ?? 0) + v);
        g.members.add(resource);
      } else groups.push({ name: '', counts: new Map(counts), members: new Set([resource]) });
    }
  } else return { roles: [], roleOf: new Map(), capacityFrom: 'none' };

  const owner = new Map<string, { group: number; count: number }>();
  groups.forEach((g, i) => {
    for (const [activity, n] of g.counts) {
      const best = owner.get(activity);
      if (!best || n > best.count) owner.set(activity, { group: i, count: n });
    }
  });
  const used = [...new Set([...owner.values()].map((o) => o.group))].sort((a, b) => a - b);
  const names = used.map((gi, k) => {
    const g = groups[gi]!;
    if (g.name) return g.name;
    const people = [...g.members];
    const list = people.slice(0, 3).join(', ') + (people.length > 3 ? ', …' : '');
    return lang === 'zh-CN' ? `角色 ${k + 1}（${list}）` : `Role ${k + 1} (${list})`;
  });
  const ids = roleIds(names);
  const roleOf = new Map<string, string>();
  for (const [activity, o] of owner) roleOf.set(activity, ids[used.indexOf(o.group)]!);
  // People: resources beside the roles (a resource column mapped to the role column is no one).
  const named = byRole.size
    ? [...resourcesOfRole].some(([r, people]) => [...people].some((p) => p !== r))
    : true;
  const capacityFrom: DiscoveredRoles['capacityFrom'] = log.hasStart
    ? named && log.hasResource
      ? 'people'
      : 'concurrency'
    : log.hasTime
      ? 'sojourn'
      : 'resources';
  const weekly = capacityFrom === 'people' ? peoplePerWeek(log, roleOf, zone) : new Map();
  const roles: Role[] = used.map((gi, k) => {
    const id = ids[k]!;
    const intervals: { start: number; end: number }[] = [];
    if (capacityFrom !== 'resources')
      for (const c of log.cases)
        c.events.forEach((e, i) => {
          if (roleOf.get(e.activity) !== id) return;
          const start = log.hasStart ? e.start : c.events[i - 1]?.complete;
          if (start !== undefined) intervals.push({ start, end: e.complete });
        });
    const capacity =
      capacityFrom === 'resources'
        ? groups[gi]!.members.size
        : Math.max(weekly.get(id) ?? 0, maxConcurrency(intervals));
    const name = names[k]!;
    return { id, name, capacity: Math.min(MAX_ROLE_CAPACITY, Math.max(1, capacity)) };
  });
  return { roles, roleOf, capacityFrom };
}

const UTC: TimeZone = { offsetMinutes: 0 };

function total(c: Counts): number {
  let s = 0;
  for (const v of c.values()) s += v;
  return s;
}

/** Ids for role names: the name itself when it is a valid, unused id, else `role-1`, `role-2`…. */
function roleIds(names: string[]): string[] {
  const taken = new Set<string>(['start', 'end']);
  return names.map((name, i) => {
    let id =
      /^[A-Za-z][A-Za-z0-9_.-]*$/.test(name) && !/^(t|g|f)\d+$/.test(name) ? name : `role-${i + 1}`;
    while (taken.has(id)) id = `${id}-${i + 1}`;
    taken.add(id);
    return id;
  });
}
