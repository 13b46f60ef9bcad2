import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { livelock } from './livelock';

describe('rule livelock', () => {
  it('accepts a loop cases can leave', () => {
    expect(livelock.check(new RuleContext(gallery.reworkLoop))).toEqual([]);
  });

  it('reports a loop with no way out', () => {
    expect(livelock.check(new RuleContext(gallery.livelock))).toMatchObject([
      { kind: 'livelock', severity: 'error', steps: ['a', 'b'] },
    ]);
  });

  it('reports a loop whose only way out has probability 0', () => {
    const { processOf, start, end, task, gate, flow, chain } = build;
    const doc = processOf('p0', {
      steps: [start(), task('a', 'r', 1), gate('x', 'xor'), end()],
      flows: [
        ...chain('start', 'a', 'x'),
        flow('x', 'a', { probability: 1 }),
        flow('x', 'end', { probability: 0 }),
      ],
    });
    expect(livelock.check(new RuleContext(doc)).map((f) => f.steps)).toEqual([['a', 'x']]);
  });
});
