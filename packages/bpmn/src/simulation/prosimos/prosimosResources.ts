import type { Distribution, Member, Role } from '@flowsmith/model';
import { join, type JsonObject, type JsonReader } from '../JsonReader';
import { freeId } from '../ids';
import { prosimosDistribution } from './prosimosDistribution';

/** One person (or machine) of a Prosimos pool; a resource with `amount` n is n of them. */
interface Person {
  id: string;
  name: string;
  /** Flowsmith calendar id, when the resource names one. */
  calendar?: string;
  costPerHour: number;
  pool: number;
}

/** What the resource sections give: the roles, and per task its role and duration. */
export interface ProsimosResources {
  roles: Role[];
  /** Fields Flowsmith does not read, by the id of the pool, resource or task they belong to. */
  unread: Array<{ id: string; what: string }>;
  tasks: Map<string, { role: string; duration: Distribution; path: string }>;
}

/**
 * Prosimos `resource_profiles` and `task_resource_distribution` as roles with `members`: each
 * profile is a role; each resource a member (one with `amount` n becomes n members `id_0`…,
 * as Prosimos names them) with its calendar and cost. A task takes the role whose members are
 * exactly the resources that may do it; a task that only some of a pool (or people of several
 * pools) may do gets a role of its own with those people (the same member id in several roles
 * is one person). A task's `duration` is the one most of its people have; a person whose
 * distribution differs gets it in `durations`. `calendarOf` maps Prosimos calendar ids to the
 * document's; problems go to `reader`.
 */
export function prosimosResources(
  root: JsonObject,
  calendarOf: ReadonlyMap<string, string>,
  used: Set<string>,
  reader: JsonReader,
): ProsimosResources {
  const people = new Map<string, Person>();
  const expansion = new Map<string, string[]>();
  const pools: Array<{ id: string; name: string; people: string[] }> = [];
  const unread: ProsimosResources['unread'] = [];
  const check = (o: JsonObject, id: string, known: readonly string[]) => {
    for (const key of Object.keys(o))
      if (!known.includes(key)) unread.push({ id, what: `"${key}"` });
  };
  reader.array(root, 'resource_profiles', '').forEach((raw, p) => {
    const at = join('resource_profiles', p);
    const profile = reader.object(raw, at);
    if (!profile) return;
    const id = reader.string(profile, 'id', at) ?? `pool${p + 1}`;
    check(profile, id, ['id', 'name', 'resource_list']);
    const pool = {
      id: freeId(id, used),
      name: reader.string(profile, 'name', at) ?? id,
      people: [] as string[],
    };
    pools.push(pool);
    reader.array(profile, 'resource_list', at).forEach((rawR, r) => {
      const rat = join(join(at, 'resource_list'), r);
      const res = reader.object(rawR, rat);
      if (!res) return;
      const rid = reader.string(res, 'id', rat);
      if (rid === undefined) return;
      check(res, rid, ['id', 'name', 'cost_per_hour', 'amount', 'calendar', 'assignedTasks']);
      const name = reader.string(res, 'name', rat) ?? rid;
      const amount = res.amount === undefined ? 1 : (reader.number(res, 'amount', rat) ?? 1);
      const cal = res.calendar === undefined ? undefined : reader.string(res, 'calendar', rat);
      if (cal !== undefined && !calendarOf.has(cal))
        reader.fail(join(rat, 'calendar'), 'unknown-calendar', { id: cal });
      const cost =
        res.cost_per_hour === undefined ? 0 : (reader.number(res, 'cost_per_hour', rat) ?? 0);
      const ids: string[] = [];
      const n = Math.max(1, Math.round(amount));
      for (let i = 0; i < n; i++) {
        const personId = (n > 1 ? `${rid}_${i}` : rid).replace(/[^A-Za-z0-9_.-]+/g, '_');
        const person: Person = {
          id: personId,
          name: n > 1 ? `${name}_${i}` : name,
          costPerHour: cost,
          pool: pools.length - 1,
        };
        const calendar = cal === undefined ? undefined : calendarOf.get(cal);
        if (calendar !== undefined) person.calendar = calendar;
        people.set(personId, person);
        ids.push(personId);
        pool.people.push(personId);
      }
      expansion.set(rid, ids);
    });
  });

  // Per task: who may do it, with which distribution.
  const byTask = new Map<string, { path: string; who: Map<string, Distribution> }>();
  reader.array(root, 'task_resource_distribution', '').forEach((raw, t) => {
    const at = join('task_resource_distribution', t);
    const entry = reader.object(raw, at);
    const taskId = entry && reader.string(entry, 'task_id', at);
    if (!entry || taskId === undefined) return;
    check(entry, taskId, ['task_id', 'resources']);
    const who = byTask.get(taskId)?.who ?? new Map<string, Distribution>();
    byTask.set(taskId, { path: at, who });
    reader.array(entry, 'resources', at).forEach((rawR, r) => {
      const rat = join(join(at, 'resources'), r);
      const res = reader.object(rawR, rat);
      const rid = res && reader.string(res, 'resource_id', rat);
      if (!res || rid === undefined) return;
      check(res, taskId, [
        'resource_id',
        'distribution_name',
        'distribution_params',
        'histogram_data',
      ]);
      const ids = expansion.get(rid);
      if (!ids) {
        reader.fail(join(rat, 'resource_id'), 'unknown-resource', { id: rid });
        return;
      }
      const d = prosimosDistribution(res, rat, reader, 's');
      if (d) for (const id of ids) who.set(id, d);
    });
  });

  // Roles: one per profile, and one per other set of people that shares a task.
  const roleOfSet = new Map<string, string>();
  const roleMembers = new Map<string, string[]>();
  const roleNames = new Map<string, string>();
  for (const pool of pools) {
    roleMembers.set(pool.id, pool.people);
    roleNames.set(pool.id, pool.name);
    const key = [...pool.people].sort().join('\n');
    if (!roleOfSet.has(key)) roleOfSet.set(key, pool.id);
  }
  const tasks: ProsimosResources['tasks'] = new Map();
  const durations = new Map<string, Record<string, Distribution>>();
  for (const [taskId, { path, who }] of byTask) {
    if (who.size === 0) continue;
    const ids = [...who.keys()];
    const key = [...ids].sort().join('\n');
    let role = roleOfSet.get(key);
    if (role === undefined) {
      const first = pools[people.get(ids[0]!)!.pool]!;
      role = freeId(`${first.id}-${taskId}`, used);
      roleOfSet.set(key, role);
      roleMembers.set(role, ids);
      roleNames.set(role, ids.map((id) => people.get(id)!.name).join(', '));
    }
    const common = mostCommon([...who.values()]);
    tasks.set(taskId, { role, duration: common, path });
    for (const [id, d] of who)
      if (JSON.stringify(d) !== JSON.stringify(common))
        durations.set(id, { ...(durations.get(id) ?? {}), [taskId]: d });
  }

  const roleCount = new Map<string, number>();
  for (const ids of roleMembers.values())
    for (const id of ids) roleCount.set(id, (roleCount.get(id) ?? 0) + 1);
  const roles: Role[] = [];
  for (const [id, ids] of roleMembers) {
    const persons = ids.map((m) => people.get(m)!);
    const role: Role = { id, name: roleNames.get(id)! };
    const calendar = shared(persons.map((p) => p.calendar));
    const cost = shared(persons.map((p) => p.costPerHour));
    if (calendar !== undefined) role.calendar = calendar;
    if (cost !== undefined && cost !== 0) role.costPerHour = cost;
    role.members = persons.map((p) => {
      const m: Member = { id: p.id };
      if (p.name !== p.id) m.name = p.name;
      // A person in several roles carries every field in each listing, so all listings agree.
      const everywhere = (roleCount.get(p.id) ?? 0) > 1;
      if (p.calendar !== undefined && (everywhere || p.calendar !== role.calendar))
        m.calendar = p.calendar;
      if ((everywhere && p.costPerHour !== 0) || p.costPerHour !== (role.costPerHour ?? 0))
        m.costPerHour = p.costPerHour;
      const own = durations.get(p.id);
      if (own) m.durations = own;
      return m;
    });
    roles.push(role);
  }
  return { roles, tasks, unread };
}

/** The value all entries share, else undefined. */
function shared<T>(values: readonly T[]): T | undefined {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined;
}

/** The distribution most entries have (the first of equals). */
function mostCommon(list: readonly Distribution[]): Distribution {
  const counts = new Map<string, { d: Distribution; n: number }>();
  for (const d of list) {
    const k = JSON.stringify(d);
    const c = counts.get(k) ?? { d, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  let best = counts.values().next().value!;
  for (const c of counts.values()) if (c.n > best.n) best = c;
  return best.d;
}
