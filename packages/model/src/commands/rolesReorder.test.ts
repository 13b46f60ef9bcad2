import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('roles.reorder', () => {
  it('reorders lanes, moving only roles whose index changes', () => {
    const { patch, document } = expectRoundTrip(gallery.andSplitJoin, {
      id: 'roles.reorder',
      params: { order: ['clerk', 'analyst', 'checker'] },
    });
    expect(document.roles.map((r) => r.id)).toEqual(['clerk', 'analyst', 'checker']);
    expect(patch.removed).toHaveLength(2);
    const rotated = expectRoundTrip(gallery.andSplitJoin, {
      id: 'roles.reorder',
      params: { order: ['analyst', 'clerk', 'checker'] },
    });
    expect(rotated.document.roles.map((r) => r.id)).toEqual(['analyst', 'clerk', 'checker']);
  });
  it('refuses an order that is not a permutation of the roles', () => {
    const doc = gallery.andSplitJoin;
    expectRefusal(
      doc,
      { id: 'roles.reorder', params: { order: ['clerk', 'checker'] } },
      'roles.orderMismatch',
      '3',
    );
    expectRefusal(
      doc,
      { id: 'roles.reorder', params: { order: ['clerk', 'clerk', 'checker'] } },
      'roles.orderMismatch',
    );
    expectRefusal(
      doc,
      { id: 'roles.reorder', params: { order: ['clerk', 'checker', 'boss'] } },
      'roles.orderMismatch',
    );
  });
});
