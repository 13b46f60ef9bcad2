import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('flow.disconnect', () => {
  it('removes the flow at its index', () => {
    const { patch, document } = expectRoundTrip(gallery.sequence3, {
      id: 'flow.disconnect',
      params: { id: 'a-b' },
    });
    expect(patch.removed).toEqual([
      { collection: 'flows', index: 1, record: gallery.sequence3.flows[1] },
    ]);
    expect(document.flows).toHaveLength(3);
  });
  it('refuses an unknown flow', () => {
    expectRefusal(
      gallery.sequence3,
      { id: 'flow.disconnect', params: { id: 'x' } },
      'flow.unknown',
      'x',
    );
  });
});
