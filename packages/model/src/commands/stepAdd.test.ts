import { describe, expect, it } from 'vitest';
import { task } from '../testing/build';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('step.add', () => {
  it('appends a step, or inserts it at index; undo restores order', () => {
    const step = task('check', 'clerk', 3, { name: '检查 <b>' });
    const { patch, document } = expectRoundTrip(gallery.mm1, { id: 'step.add', params: { step } });
    expect(patch).toEqual({
      added: [{ collection: 'steps', index: 3, record: step }],
      updated: [],
      removed: [],
    });
    expect(document.steps.at(-1)).toEqual(step);
    const { document: inserted } = expectRoundTrip(gallery.mm1, {
      id: 'step.add',
      params: { step, index: 1 },
    });
    expect(inserted.steps.map((s) => s.id)).toEqual(['start', 'check', 'serve', 'end']);
  });
  it('refuses a taken id (in any collection), a bad id, an unknown role, a foreign field', () => {
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('serve', 'clerk') } },
      'id.duplicate',
      'serve',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('clerk', 'clerk') } },
      'id.duplicate',
      'clerk',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('a b', 'clerk') } },
      'id.invalid',
      'a b',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('t', 'ghost') } },
      'role.unknown',
      'ghost',
    );
    expectRefusal(
      gallery.mm1,
      {
        id: 'step.add',
        params: { step: { id: 'g', type: 'xor', name: 'g', role: 'clerk' } as never },
      },
      'field.notAllowed',
      'role',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('t', 'clerk', 1, { name: '' }) } },
      'name.empty',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'step.add', params: { step: task('t', 'clerk', 1, { inputs: ['po'] }) } },
      'data.unknown',
      'po',
    );
  });
});
