import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('steps.move', () => {
  it('updates the position of each moved step, skipping ones already there', () => {
    const { patch, document } = expectRoundTrip(gallery.sequence3, {
      id: 'steps.move',
      params: {
        moves: [
          { id: 'a', position: { x: 10, y: -5 } },
          { id: 'c', position: { x: 0.5, y: 0 } },
        ],
      },
    });
    expect(patch.updated.map(([, a]) => a)).toEqual([
      {
        collection: 'steps',
        index: 1,
        record: { ...gallery.sequence3.steps[1], position: { x: 10, y: -5 } },
      },
      {
        collection: 'steps',
        index: 3,
        record: { ...gallery.sequence3.steps[3], position: { x: 0.5, y: 0 } },
      },
    ]);
    const again = expectRoundTrip(document, {
      id: 'steps.move',
      params: { moves: [{ id: 'a', position: { x: 10, y: -5 } }] },
    });
    expect(again.patch.updated).toEqual([]);
  });
  it('refuses unknown steps and non-finite positions', () => {
    expectRefusal(
      gallery.sequence3,
      { id: 'steps.move', params: { moves: [{ id: 'zz', position: { x: 0, y: 0 } }] } },
      'step.unknown',
      'zz',
    );
    expectRefusal(
      gallery.sequence3,
      { id: 'steps.move', params: { moves: [{ id: 'a', position: { x: NaN, y: 0 } }] } },
      'value.invalid',
      'position',
    );
  });
});
