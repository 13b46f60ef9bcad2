import { describe, expect, it } from 'vitest';
import { chain, end, processOf, role, start, task } from '../testing/build';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

const doc = processOf('data', {
  roles: [role('clerk')],
  data: [
    { id: 'po', name: '采购单' },
    { id: 'req', name: 'request' },
  ],
  steps: [
    start(),
    task('a', 'clerk', 1, { inputs: ['req', 'po'], outputs: ['po'] }),
    task('b', 'clerk', 1, { inputs: ['req'] }),
    end(),
  ],
  flows: chain('start', 'a', 'b', 'end'),
});

describe('data.remove', () => {
  it('removes the data object and drops it from inputs and outputs', () => {
    const { document, patch } = expectRoundTrip(doc, { id: 'data.remove', params: { id: 'po' } });
    expect(document.steps[1]).toEqual({
      id: 'a',
      type: 'task',
      name: 'a',
      role: 'clerk',
      duration: { dist: 'exponential', mean: 1 },
      inputs: ['req'],
    });
    expect(patch.updated).toHaveLength(1);
  });
  it('refuses an unknown data object', () => {
    expectRefusal(doc, { id: 'data.remove', params: { id: 'a' } }, 'data.unknown', 'a');
  });
});
