import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { probabilities } from './probabilities';

const withProbabilities = (p: Array<number | undefined>) => ({
  ...gallery.xorSplitJoin,
  flows: gallery.xorSplitJoin.flows.map((f) => {
    if (f.from !== 'split') return f;
    const { probability: _drop, ...rest } = f;
    const q = p[f.to === 'small' ? 0 : 1];
    return q === undefined ? rest : { ...rest, probability: q };
  }),
});

describe('rule probabilities', () => {
  it('accepts probabilities that add up to 1, or none at all, or one left to fill in', () => {
    expect(probabilities.check(new RuleContext(gallery.xorSplitJoin))).toEqual([]);
    expect(probabilities.check(new RuleContext(withProbabilities([undefined, undefined])))).toEqual(
      [],
    );
    expect(probabilities.check(new RuleContext(withProbabilities([0.6, undefined])))).toEqual([]);
  });

  it('reports a sum other than 100 %, in the user’s language', () => {
    const [f] = probabilities.check(new RuleContext(withProbabilities([0.7, 0.4]), 'zh-CN'));
    expect(f).toMatchObject({ kind: 'probabilities', severity: 'warning', steps: ['split'] });
    expect(f!.evidence.sum).toBeCloseTo(1.1, 12);
    expect(f!.message).toContain('110%');
  });

  it('reports given probabilities that leave nothing for the rest', () => {
    expect(probabilities.check(new RuleContext(withProbabilities([1, undefined])))).toHaveLength(1);
  });

  it('reads the split as scaled to 1 in the figures', () => {
    const ctx = new RuleContext(withProbabilities([0.7, 0.7]));
    expect(ctx.metrics.steps.small!.visits).toBeCloseTo(0.5, 12);
  });
});
