import { describe, expect, it } from 'vitest';
import { chain, end, flow, gate, processOf, start, task } from '../testing/build';
import type { Step } from '../types/step';
import { pairInclusiveJoins } from './pairInclusiveJoins';

const terminateEnd = (id: string): Step => ({ id, type: 'end', name: id, terminate: true });

describe('pairInclusiveJoins', () => {
  it('pairs a split with the join that closes its branches', () => {
    const doc = processOf('p', {
      steps: [
        start(),
        gate('s', 'or'),
        task('a', undefined),
        task('b', undefined),
        gate('j', 'or'),
        end(),
      ],
      flows: [...chain('start', 's', 'a', 'j', 'end'), flow('s', 'b'), flow('b', 'j')],
    });
    const p = pairInclusiveJoins(doc);
    expect([...p.splitOf]).toEqual([['j', 's']]);
    expect([...p.joinOf]).toEqual([['s', 'j']]);
    expect(p.unpaired).toEqual([]);
  });

  it('skips xor and and steps between split and join, and pairs nested blocks innermost first', () => {
    const doc = processOf('p', {
      steps: [
        start(),
        gate('s1', 'or'),
        gate('s2', 'or'),
        task('a', undefined),
        task('b', undefined),
        gate('j2', 'or'),
        gate('x', 'xor'),
        task('c', undefined),
        gate('j1', 'or'),
        end(),
      ],
      flows: [
        ...chain('start', 's1', 's2', 'a', 'j2', 'x', 'j1', 'end'),
        ...chain('s2', 'b', 'j2'),
        ...chain('s1', 'c', 'j1'),
      ],
    });
    const p = pairInclusiveJoins(doc);
    expect(p.splitOf.get('j2')).toBe('s2');
    expect(p.splitOf.get('j1')).toBe('s1');
    expect(p.unpaired).toEqual([]);
  });

  it('pairs two splits closing at one join with the outermost', () => {
    const doc = processOf('p', {
      steps: [
        start(),
        gate('s1', 'or'),
        gate('s2', 'or'),
        task('a', undefined),
        task('b', undefined),
        task('c', undefined),
        gate('j', 'or'),
        end(),
      ],
      flows: [
        ...chain('start', 's1', 's2', 'a', 'j', 'end'),
        ...chain('s2', 'b', 'j'),
        ...chain('s1', 'c', 'j'),
      ],
    });
    expect([...pairInclusiveJoins(doc).splitOf]).toEqual([['j', 's1']]);
  });

  it('ignores branches into a terminate end, and reports a join without a split', () => {
    const doc = processOf('p', {
      steps: [
        start(),
        gate('s', 'or'),
        task('a', undefined),
        task('b', undefined),
        gate('j', 'or'),
        end(),
        terminateEnd('stop'),
        gate('x', 'xor'),
        gate('lonely', 'or'),
      ],
      flows: [
        ...chain('start', 's', 'a', 'j', 'x', 'lonely', 'end'),
        ...chain('s', 'b', 'j'),
        flow('s', 'stop'),
        flow('x', 'lonely', { id: 'x-lonely-2' }),
      ],
    });
    const p = pairInclusiveJoins(doc);
    expect(p.splitOf.get('j')).toBe('s');
    expect(p.unpaired).toEqual(['lonely']);
  });

  it('a join in a loop back (merging the loop) closes no split', () => {
    const doc = processOf('p', {
      steps: [start(), gate('m', 'or'), task('a', undefined), gate('x', 'xor'), end()],
      flows: [...chain('start', 'm', 'a', 'x', 'end'), flow('x', 'm')],
    });
    expect(pairInclusiveJoins(doc).unpaired).toEqual(['m']);
  });
});
