import { describe, expect, it } from 'vitest';
import { chain, end, fixed, flow, processOf, role, start, task } from '../testing/build';
import { gallery } from '../testing/processes';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

/*
 *   (o) -> a -> b -> c -> (o)      x --> b  (a second way in)
 *               ^----------'            (c loops back to b: inside the group)
 */
const doc = processOf('merge', {
  roles: [role('clerk')],
  data: [
    { id: 'req', name: 'request' },
    { id: 'po', name: '采购单' },
  ],
  steps: [
    start(),
    task('a', 'clerk', fixed(2), { inputs: ['req'], cautions: ['look'] }),
    task('b', 'clerk', fixed(3), { inputs: ['req', 'po'], outputs: ['po'], instructions: 'do b' }),
    task('c', 'clerk', 4, { cautions: ['look', 'care'] }),
    task('x', 'clerk', 1),
    end(),
  ],
  flows: [...chain('start', 'a', 'b', 'c', 'end'), flow('c', 'b'), flow('x', 'b'), flow('x', 'a')],
  risks: [{ id: 'r', name: 'risk', steps: ['b', 'c', 'a'] }],
});

describe('steps.merge', () => {
  it('merges a sequence into the first step and rewires flows around it', () => {
    const { document } = expectRoundTrip(doc, {
      id: 'steps.merge',
      params: { ids: ['a', 'b', 'c'] },
    });
    expect(document.steps.map((s) => s.id)).toEqual(['start', 'a', 'x', 'end']);
    expect(document.steps[1]).toEqual({
      id: 'a',
      type: 'task',
      name: 'a + b + c',
      role: 'clerk',
      // MERGE-1: fixed 2 + fixed 3 + exponential(4): mean 9, variance 0 + 0 + 16.
      duration: { dist: 'lognormal', mean: 9, sd: 4, unit: 'min' },
      inputs: ['req', 'po'],
      cautions: ['look', 'care'],
      outputs: ['po'],
      instructions: 'do b',
    });
    // start->a kept; c->end now a->end; x->b becomes x->a, a duplicate of x->a: collapsed.
    expect(document.flows.map((f) => [f.from, f.to])).toEqual([
      ['start', 'a'],
      ['a', 'end'],
      ['x', 'a'],
    ]);
    expect(document.risks).toEqual([{ id: 'r', name: 'risk', steps: ['a'] }]);
  });
  it('sums fixed durations in their shared unit and takes a given name', () => {
    const fixedDoc = processOf('f', {
      roles: [role('r')],
      steps: [
        start(),
        task('p', 'r', { dist: 'fixed', value: 1, unit: 'h' }),
        task('q', 'r', { dist: 'fixed', value: 2, unit: 'h' }),
        end(),
      ],
      flows: chain('start', 'p', 'q', 'end'),
    });
    const { document } = expectRoundTrip(fixedDoc, {
      id: 'steps.merge',
      params: { ids: ['p', 'q'], name: '合并' },
    });
    expect(document.steps[1]).toMatchObject({
      name: '合并',
      duration: { dist: 'fixed', value: 3, unit: 'h' },
    });
  });
  it('refuses fewer than two steps, non-tasks, steps out of sequence, side exits', () => {
    expectRefusal(doc, { id: 'steps.merge', params: { ids: ['a'] } }, 'merge.tooFew');
    expectRefusal(doc, { id: 'steps.merge', params: { ids: ['a', 'a'] } }, 'merge.tooFew');
    expectRefusal(
      doc,
      { id: 'steps.merge', params: { ids: ['start', 'a'] } },
      'merge.notTask',
      'start',
    );
    expectRefusal(
      doc,
      { id: 'steps.merge', params: { ids: ['a', 'c'] } },
      'merge.notSequence',
      'c',
    );
    expectRefusal(
      doc,
      { id: 'steps.merge', params: { ids: ['c', 'b'] } },
      'merge.sideExit',
      'c-end',
    );
    expectRefusal(
      doc,
      { id: 'steps.merge', params: { ids: ['a', 'ghost'] } },
      'step.unknown',
      'ghost',
    );
    expectRefusal(
      gallery.xorSplitJoin,
      { id: 'steps.merge', params: { ids: ['split', 'small'] } },
      'merge.notTask',
      'xor',
    );
  });
});
