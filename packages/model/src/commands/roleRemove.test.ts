import { describe, expect, it } from 'vitest';
import { processOf, role, start, task, end, chain } from '../testing/build';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

const doc = processOf('raci', {
  owner: 'boss',
  roles: [role('clerk'), role('boss'), role('idle'), role('audit')],
  steps: [
    start(),
    task('a', 'clerk', 1, {
      raci: { accountable: 'boss', consulted: ['audit', 'clerk'], informed: ['boss'] },
    }),
    task('b', 'boss', 1),
    end(),
  ],
  flows: chain('start', 'a', 'b', 'end'),
});

describe('role.remove', () => {
  it('removes an unused role', () => {
    const { patch } = expectRoundTrip(doc, { id: 'role.remove', params: { id: 'idle' } });
    expect(patch).toEqual({
      added: [],
      updated: [],
      removed: [{ collection: 'roles', index: 2, record: role('idle') }],
    });
  });
  it('reassigns responsible, RACI and owner in the same patch', () => {
    const { document, patch } = expectRoundTrip(doc, {
      id: 'role.remove',
      params: { id: 'boss', reassignTo: 'audit' },
    });
    expect(document.owner).toBe('audit');
    expect(document.steps[1]).toMatchObject({
      raci: { accountable: 'audit', consulted: ['audit', 'clerk'], informed: ['audit'] },
    });
    expect(document.steps[2]).toMatchObject({ role: 'audit' });
    expect(patch.updated).toHaveLength(3);
  });
  it('refuses a role in use without reassignTo, reassigning to itself or an unknown role', () => {
    expectRefusal(doc, { id: 'role.remove', params: { id: 'boss' } }, 'role.inUse', 'step "a"');
    expectRefusal(doc, { id: 'role.remove', params: { id: 'audit' } }, 'role.inUse', 'audit');
    expectRefusal(
      doc,
      { id: 'role.remove', params: { id: 'boss', reassignTo: 'boss' } },
      'role.reassignSelf',
      'boss',
    );
    expectRefusal(
      doc,
      { id: 'role.remove', params: { id: 'boss', reassignTo: 'ceo' } },
      'role.unknown',
      'ceo',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'role.remove', params: { id: 'ghost' } },
      'role.unknown',
      'ghost',
    );
  });
});
