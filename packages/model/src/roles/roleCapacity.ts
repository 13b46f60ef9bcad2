import type { Role } from '../types/role';

/**
 * How many of a role can work at once: the number of its `members` when it names people,
 * else its `capacity`, default 1 (packages/model/README.md "members"). Pure.
 */
export function roleCapacity(role: Pick<Role, 'capacity' | 'members'>): number {
  return role.members?.length ? role.members.length : (role.capacity ?? 1);
}
