import type { Distribution } from '../types/distribution';
import { MAX_ROLE_CAPACITY, type Member } from '../types/role';
import { childPath } from './jsonPath';
import { ObjectReader, isRecord } from './ObjectReader';
import { RESERVED_KEYS } from './parseCaseValue';
import { parseDistribution } from './parseDistribution';
import type { ProblemCollector } from './ProblemCollector';

/** The fields of a member, in canonical order. */
export const MEMBER_FIELDS = ['id', 'name', 'calendar', 'costPerHour', 'speed', 'durations'];

/**
 * Reads the `members` of role reader `r` (packages/model/README.md "members"): a non-empty list
 * of people, ids unique within the role, each with an optional name, calendar (a calendar id),
 * costPerHour (≥ 0), speed (> 0) and durations (task id → distribution). Whether the same id in
 * two roles agrees, and whether duration keys are tasks, is checked once the whole document is
 * read (`checkSimulationFields`). `undefined` when something is wrong (reported).
 */
export function parseMembers(r: ObjectReader): Member[] | undefined {
  const items = r.list('members');
  if (items === undefined) return undefined;
  const path = r.at('members');
  if (items.length === 0) return void r.c.report(path, 'list.empty', {});
  if (items.length > MAX_ROLE_CAPACITY) {
    return void r.c.report(path, 'capacity.tooLarge', {
      value: items.length,
      max: MAX_ROLE_CAPACITY,
    });
  }
  const before = r.c.problems.length;
  const first = new Map<string, string>();
  const members = items.map((item, i) => {
    const at = childPath(path, i);
    const m = parseMember(r.c, item, at);
    if (m === undefined) return undefined;
    const earlier = first.get(m.id);
    if (earlier !== undefined) {
      r.c.report(childPath(at, 'id'), 'member.duplicate', { id: m.id, firstPath: earlier });
    } else first.set(m.id, at);
    return m;
  });
  return r.c.problems.length === before ? (members as Member[]) : undefined;
}

function parseMember(c: ProblemCollector, value: unknown, path: string): Member | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(MEMBER_FIELDS, 'a member');
  const before = c.problems.length;
  const id = r.id('id', true);
  const name = r.string('name');
  const calendar = r.reference('calendar', 'calendar');
  const costPerHour = r.constrained('costPerHour', 'nonNegative');
  const speed = r.constrained('speed', 'positive');
  const durations = r.has('durations')
    ? parseDurations(c, r.raw('durations'), r.at('durations'))
    : undefined;
  if (id === undefined || c.problems.length !== before) return undefined;
  return {
    id,
    ...(name !== undefined && { name }),
    ...(calendar !== undefined && { calendar }),
    ...(costPerHour !== undefined && { costPerHour }),
    ...(speed !== undefined && { speed }),
    ...(durations !== undefined && { durations }),
  };
}

/** Task id → distribution; keys are step references (a `__proto__` key is refused). */
function parseDurations(c: ProblemCollector, value: unknown, path: string) {
  const r = ObjectReader.open(c, value, path);
  if (!r || !isRecord(value)) return undefined;
  const before = c.problems.length;
  const entries: [string, Distribution][] = [];
  for (const key of Object.keys(value)) {
    const at = r.at(key);
    if (RESERVED_KEYS.includes(key)) {
      c.report(at, 'key.reserved', { key });
      continue;
    }
    if (!/^[A-Za-z0-9_.-]+$/.test(key)) {
      c.report(at, 'id.syntax', { id: key });
      continue;
    }
    c.references.push({ path: at, kind: 'step', id: key });
    const d = parseDistribution(c, r.raw(key), at);
    if (d !== undefined) entries.push([key, d]);
  }
  return c.problems.length === before ? Object.fromEntries(entries) : undefined;
}
