import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('process.rename', () => {
  it('updates the header name only; undo and redo are exact', () => {
    const { patch, document } = expectRoundTrip(gallery.mm1, {
      id: 'process.rename',
      params: { name: '采购审批 🚀' },
    });
    expect(document.name).toBe('采购审批 🚀');
    expect(patch.updated).toEqual([
      [
        { collection: 'header', header: { name: 'mm1' } },
        { collection: 'header', header: { name: '采购审批 🚀' } },
      ],
    ]);
  });
  it('refuses an empty name', () => {
    expectRefusal(
      gallery.mm1,
      { id: 'process.rename', params: { name: '  ' } },
      'name.empty',
      'mm1',
    );
  });
});
