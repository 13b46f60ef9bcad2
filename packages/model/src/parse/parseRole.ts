import { MAX_ROLE_CAPACITY, type Role } from '../types/role';
import { ObjectReader } from './ObjectReader';
import type { ProblemCollector } from './ProblemCollector';

/**
 * Reads a role: capacity a positive integer up to {@link MAX_ROLE_CAPACITY}, authority a positive
 * integer, costPerHour not negative, calendar a calendar id.
 */
export function parseRole(c: ProblemCollector, value: unknown, path: string): Role | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(
    ['id', 'name', 'capacity', 'costPerHour', 'calendar', 'authority', 'description'],
    'a role',
  );
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
  if (id === undefined || name === undefined) return undefined;
  const role: Role = { id, name };
  if (capacity !== undefined) role.capacity = capacity;
  if (costPerHour !== undefined) role.costPerHour = costPerHour;
  if (calendar !== undefined) role.calendar = calendar;
  if (authority !== undefined) role.authority = authority;
  if (description !== undefined) role.description = description;
  return role;
}
