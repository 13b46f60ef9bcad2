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
});
