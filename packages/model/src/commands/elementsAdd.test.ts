import { describe, expect, it } from 'vitest';
import { flow, role, task } from '../testing/build';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('elements.add', () => {
  it('appends roles, steps and flows that refer to each other', () => {
    const params = {
      roles: [role('qa')],
      steps: [task('t1', 'qa', 2), task('t2', 'clerk', 1)],
      flows: [flow('serve', 't1'), flow('t1', 't2')],
    };
    const { patch, document } = expectRoundTrip(gallery.mm1, { id: 'elements.add', params });
    expect(patch.added.map((e) => e.collection !== 'header' && [e.collection, e.index])).toEqual([
      ['roles', 1],
      ['steps', 3],
      ['steps', 4],
      ['flows', 2],
      ['flows', 3],
    ]);
    expect(document.steps.slice(3)).toEqual(params.steps);
  });
  it('refuses ids taken in the document or twice in the paste, unknown roles and dangling flows', () => {
    expectRefusal(
      gallery.mm1,
      { id: 'elements.add', params: { steps: [task('t', 'clerk'), task('t', 'clerk')] } },
      'id.duplicate',
      't',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'elements.add', params: { roles: [role('serve')] } },
      'id.duplicate',
      'serve',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'elements.add', params: { steps: [task('t', 'qa')] } },
      'role.unknown',
      'qa',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'elements.add', params: { flows: [flow('serve', 'nowhere')] } },
      'step.unknown',
      'nowhere',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'elements.add', params: { roles: [{ id: 'r', name: 'r', capacity: 0 }] } },
      'value.invalid',
      'capacity',
    );
  });
});
