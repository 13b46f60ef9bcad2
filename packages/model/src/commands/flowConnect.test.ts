import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('flow.connect', () => {
  it('appends a flow; a self-loop is legal', () => {
    const flow = {
      id: 'loop',
      from: 'serve',
      to: 'serve',
      probability: 0.1,
      condition: 'retry == true',
      label: '重做',
    };
    const { patch } = expectRoundTrip(gallery.mm1, { id: 'flow.connect', params: flow });
    expect(patch).toEqual({
      added: [{ collection: 'flows', index: 2, record: flow }],
      updated: [],
      removed: [],
    });
  });
  it('refuses flows into a start, out of an end, to unknown steps, with a taken id, bad probability or condition', () => {
    const mm1 = gallery.mm1;
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'f', from: 'serve', to: 'start' } },
      'flow.intoStart',
      'start',
    );
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'f', from: 'end', to: 'serve' } },
      'flow.outOfEnd',
      'end',
    );
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'f', from: 'serve', to: 'zz' } },
      'step.unknown',
      'zz',
    );
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'serve-end', from: 'serve', to: 'end' } },
      'id.duplicate',
      'serve-end',
    );
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'f', from: 'serve', to: 'end', probability: 1.5 } },
      'flow.probabilityRange',
      'f',
    );
    expectRefusal(
      mm1,
      { id: 'flow.connect', params: { id: 'f', from: 'serve', to: 'end', condition: 'amount >' } },
      'flow.conditionSyntax',
      'f',
    );
  });
});
