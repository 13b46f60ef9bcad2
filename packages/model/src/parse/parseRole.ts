import { ROLE_KINDS } from '../types/documentFields';
import { MAX_ROLE_CAPACITY, QUEUE_DISCIPLINES, type Role } from '../types/role';
import { ObjectReader } from './ObjectReader';
import { parseMembers } from './parseMembers';
import type { ProblemCollector } from './ProblemCollector';
import { RECORD_FIELDS } from '../types/recordFields';

/**
 * Reads a role: capacity a positive integer up to {@link MAX_ROLE_CAPACITY}, authority a positive
 * integer, costPerHour not negative, calendar a calendar id, reportsTo a role id (cycles are
 * `checkReportsTo`'s), kind person/system/external, qualifications and permissions strings,
 * `members` (see `parseMembers`; `capacity`, if written too, equals their number) and `queue`
 * fifo/priority/dueDate.
 */
export function parseRole(c: ProblemCollector, value: unknown, path: string): Role | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(RECORD_FIELDS.roles, 'a role');
  const id = r.declaredId('role');
  const name = r.string('name', true);
  let capacity = r.constrained('capacity', 'positiveInteger');
  if (capacity !== undefined && capacity > MAX_ROLE_CAPACITY) {
    c.report(r.at('capacity'), 'capacity.tooLarge', { value: capacity, max: MAX_ROLE_CAPACITY });
    capacity = undefined;
  }
  const costPerHour = r.constrained('costPerHour', 'nonNegative');
  const calendar = r.reference('calendar', 'calendar');
  const authority = r.constrained('authority', 'positiveInteger');
  const description = r.string('description');
  const department = r.string('department');
  const reportsTo = r.reference('reportsTo', 'role');
  const jobCode = r.string('jobCode');
  const purpose = r.string('purpose');
  const qualifications = r.stringList('qualifications');
  const permissions = r.stringList('permissions');
  const kind = r.oneOf('kind', ROLE_KINDS);
  const members = parseMembers(r);
  if (members !== undefined && capacity !== undefined && capacity !== members.length) {
    c.report(r.at('capacity'), 'capacity.members', { capacity, members: members.length });
  }
  const queue = r.oneOf('queue', QUEUE_DISCIPLINES);
  if (id === undefined || name === undefined) return undefined;
  const role: Role = { id, name };
  if (capacity !== undefined) role.capacity = capacity;
  if (costPerHour !== undefined) role.costPerHour = costPerHour;
  if (calendar !== undefined) role.calendar = calendar;
  if (authority !== undefined) role.authority = authority;
  if (description !== undefined) role.description = description;
  if (department !== undefined) role.department = department;
  if (reportsTo !== undefined) role.reportsTo = reportsTo;
  if (jobCode !== undefined) role.jobCode = jobCode;
  if (purpose !== undefined) role.purpose = purpose;
  if (qualifications !== undefined) role.qualifications = [...qualifications];
  if (permissions !== undefined) role.permissions = [...permissions];
  if (kind !== undefined) role.kind = kind;
  if (members !== undefined) role.members = members;
  if (queue !== undefined) role.queue = queue;
  return role;
}
