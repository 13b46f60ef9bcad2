import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { MAX_ROLE_CAPACITY } from '../types/role';
import { executeCommand } from './executeCommand';

// Issue 14: a capacity of 1e9 passed every check and then hung the analysis.
describe('role capacity cap in commands', () => {
  const role = gallery.mm1.roles[0]!.id;
  const update = (capacity: number) =>
    executeCommand(gallery.mm1, { id: 'role.update', params: { id: role, changes: { capacity } } });

  it('role.update accepts the largest capacity and refuses one above it with a sentence', () => {
    const ok = update(MAX_ROLE_CAPACITY);
    expect(ok.ok && ok.document.roles[0]!.capacity).toBe(MAX_ROLE_CAPACITY);
    const bad = update(1e9);
    expect(bad.ok ? null : bad.refusal.code).toBe('capacity.tooLarge');
    expect(bad.ok ? '' : bad.refusal.message).toContain('at most 10,000');
  });

  it('role.add refuses a role above the cap', () => {
    const bad = executeCommand(gallery.mm1, {
      id: 'role.add',
      params: { record: { id: 'crowd', name: 'Crowd', capacity: 4_294_967_296 } },
    });
    expect(bad.ok ? null : bad.refusal.code).toBe('capacity.tooLarge');
  });
});
