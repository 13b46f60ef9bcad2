import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('flow.update', () => {
  it('changes label, probability, condition and default; null clears', () => {
    const { document } = expectRoundTrip(gallery.xorSplitJoin, {
      id: 'flow.update',
      params: {
        id: 'split-small',
        changes: { label: null, probability: 0.6, condition: '金额 <= 1000', default: true },
      },
    });
    expect(document.flows[1]).toEqual({
      id: 'split-small',
      from: 'split',
      to: 'small',
      probability: 0.6,
      condition: '金额 <= 1000',
      default: true,
    });
  });
  it('refuses unknown flows, other fields, bad probability and condition syntax', () => {
    const doc = gallery.xorSplitJoin;
    expectRefusal(
      doc,
      { id: 'flow.update', params: { id: 'x', changes: {} } },
      'flow.unknown',
      'x',
    );
    expectRefusal(
      doc,
      { id: 'flow.update', params: { id: 'split-small', changes: { to: 'end' } as never } },
      'field.notAllowed',
      'to',
    );
    expectRefusal(
      doc,
      { id: 'flow.update', params: { id: 'split-small', changes: { probability: -1 } } },
      'flow.probabilityRange',
    );
    expectRefusal(
      doc,
      { id: 'flow.update', params: { id: 'split-small', changes: { condition: '(a' } } },
      'flow.conditionSyntax',
      'split-small',
    );
  });
});
