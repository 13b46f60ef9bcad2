import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { deadlock } from './deadlock';

const { processOf, start, end, task, gate, flow, chain } = build;

describe('rule deadlock', () => {
  it('accepts well-formed parallel blocks, nested ones too', () => {
    expect(deadlock.check(new RuleContext(gallery.andSplitJoin))).toEqual([]);
    expect(deadlock.check(new RuleContext(gallery.nestedParallel))).toEqual([]);
  });

  it('reports an and-join after an xor split, with the share of cases stuck', () => {
    const [f] = deadlock.check(new RuleContext(gallery.deadlockAfterXor));
    expect(f).toMatchObject({ kind: 'deadlock', severity: 'error', id: 'deadlock:join' });
    expect(f!.evidence.stuckShare).toBeCloseTo(0.5, 12);
  });

  it('reports a branch that may leave before the join', () => {
    const doc = processOf('leak', {
      steps: [
        start(),
        gate('f', 'and'),
        task('a', 'r', 1),
        gate('x', 'xor'),
        task('b', 'r', 1),
        gate('j', 'and'),
        end(),
        end('out'),
      ],
      flows: [
        flow('start', 'f'),
        flow('f', 'a'),
        flow('f', 'b'),
        flow('a', 'x'),
        flow('x', 'j', { probability: 0.9 }),
        flow('x', 'out', { probability: 0.1 }),
        flow('b', 'j'),
        flow('j', 'end'),
      ],
    });
    expect(deadlock.check(new RuleContext(doc))[0]!.evidence.stuckShare).toBeCloseTo(0.1, 12);
  });

  it('reports an and-join used to close a loop', () => {
    const doc = processOf('loopJoin', {
      steps: [start(), gate('j', 'and'), task('a', 'r', 1), gate('x', 'xor'), end()],
      flows: [
        ...chain('start', 'j', 'a', 'x'),
        flow('x', 'j', { probability: 0.2 }),
        flow('x', 'end', { probability: 0.8 }),
      ],
    });
    expect(deadlock.check(new RuleContext(doc)).map((f) => f.steps[0])).toEqual(['j']);
  });
});
