import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { lackOfSync } from './lack-of-sync';

const { processOf, start, end, task, gate, flow } = build;

describe('rule lack-of-sync', () => {
  it('accepts exclusive merges of exclusive branches and loop entries', () => {
    expect(lackOfSync.check(new RuleContext(gallery.xorSplitJoin))).toEqual([]);
    expect(lackOfSync.check(new RuleContext(gallery.reworkLoop))).toEqual([]);
    expect(lackOfSync.check(new RuleContext(gallery.nestedParallel))).toEqual([]);
  });

  it('reports an xor merging parallel branches: what follows runs twice', () => {
    const [f] = lackOfSync.check(new RuleContext(gallery.lackOfSync));
    expect(f).toMatchObject({ kind: 'lack-of-sync', severity: 'error', steps: ['merge', 'fork'] });
    expect(f!.evidence.tokensPerCase).toBe(2);
  });

  it('finds parallel branches that meet an exclusive merge behind an xor split', () => {
    const doc = processOf('mixed', {
      steps: [
        start(),
        gate('x', 'xor'),
        gate('f', 'and'),
        task('p1', 'r', 1),
        task('p2', 'r', 1),
        task('q', 'r', 1),
        gate('m', 'xor'),
        end(),
      ],
      flows: [
        flow('start', 'x'),
        flow('x', 'f', { probability: 0.5 }),
        flow('x', 'q', { probability: 0.5 }),
        flow('f', 'p1'),
        flow('f', 'p2'),
        flow('p1', 'm'),
        flow('p2', 'm'),
        flow('q', 'm'),
        flow('m', 'end'),
      ],
    });
    expect(lackOfSync.check(new RuleContext(doc))[0]!.evidence.tokensPerCase).toBeCloseTo(1.5, 12);
  });

  it('finds parallel branches meeting an xor merge inside a rework loop', () => {
    const doc = processOf('loop', {
      steps: [
        start(),
        gate('entry', 'xor'),
        gate('f', 'and'),
        task('a', 'r', 1),
        task('b', 'r', 1),
        gate('m', 'xor'),
        gate('again', 'xor'),
        end(),
      ],
      flows: [
        flow('start', 'entry'),
        flow('entry', 'f'),
        flow('f', 'a'),
        flow('f', 'b'),
        flow('a', 'm'),
        flow('b', 'm'),
        flow('m', 'again'),
        flow('again', 'entry', { probability: 0.1 }),
        flow('again', 'end', { probability: 0.9 }),
      ],
    });
    expect(lackOfSync.check(new RuleContext(doc)).map((f) => f.steps[0])).toEqual(['m']);
  });
});
