import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('steps.remove', () => {
  it('removes the steps, their flows, and drops them from risks', () => {
    const doc = {
      ...gallery.sequence3,
      risks: [
        { id: 'r1', name: 'late', steps: ['a', 'b'], mitigation: 'check' },
        { id: 'r2', name: 'lost', steps: ['b'] },
        { id: 'r3', name: 'other', steps: ['c'] },
      ],
    };
    const { patch, document } = expectRoundTrip(doc, {
      id: 'steps.remove',
      params: { ids: ['b', 'a'] },
    });
    expect(document.steps.map((s) => s.id)).toEqual(['start', 'c', 'end']);
    expect(document.flows.map((f) => f.id)).toEqual(['c-end']);
    expect(document.risks).toEqual([
      { id: 'r1', name: 'late', mitigation: 'check' },
      { id: 'r2', name: 'lost' },
      { id: 'r3', name: 'other', steps: ['c'] },
    ]);
    expect(patch.removed).toHaveLength(2 + 3);
    expect(patch.updated).toHaveLength(2);
  });
  it('refuses an unknown step', () => {
    expectRefusal(
      gallery.sequence3,
      { id: 'steps.remove', params: { ids: ['a', 'ghost'] } },
      'step.unknown',
      'ghost',
    );
  });
});
