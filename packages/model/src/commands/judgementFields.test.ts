import { describe, expect, it } from 'vitest';
import type { DutyPairName } from '../types/duty';
import { gallery } from '../testing/processes';
import { executeCommand } from './executeCommand';

// Role.authority and the document's allowedDutyPairs (README "Fields beyond FORMAT.md") through commands.
describe('authority and allowedDutyPairs commands', () => {
  it('process.update sets allowedDutyPairs and refuses an unknown duty', () => {
    const ok = executeCommand(gallery.mm1, {
      id: 'process.update',
      params: { changes: { allowedDutyPairs: ['purchase/receive'] } },
    });
    expect(ok.ok && ok.document.allowedDutyPairs).toEqual(['purchase/receive']);
    const typo = ['purchase/recieve'] as unknown as DutyPairName[];
    const bad = executeCommand(gallery.mm1, {
      id: 'process.update',
      params: { changes: { allowedDutyPairs: typo } },
    });
    expect(bad.ok ? null : bad.refusal.code).toBe('value.invalid');
  });

  it('role.update sets an authority and refuses one below 1', () => {
    const role = gallery.mm1.roles[0]!.id;
    const ok = executeCommand(gallery.mm1, {
      id: 'role.update',
      params: { id: role, changes: { authority: 3 } },
    });
    expect(ok.ok && ok.document.roles[0]!.authority).toBe(3);
    const bad = executeCommand(gallery.mm1, {
      id: 'role.update',
      params: { id: role, changes: { authority: 0 } },
    });
    expect(bad.ok ? null : bad.refusal.code).toBe('value.invalid');
  });
});
