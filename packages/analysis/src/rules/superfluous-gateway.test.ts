import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { superfluousGateway } from './superfluous-gateway';

describe('rule superfluous-gateway', () => {
  it('accepts gateways that split or merge', () => {
    expect(superfluousGateway.check(new RuleContext(gallery.nestedParallel))).toEqual([]);
  });

  it('reports a gateway with one way in and one way out', () => {
    const { processOf, start, end, task, gate, chain } = build;
    const doc = processOf('g', {
      steps: [start(), gate('g', 'xor'), task('a', 'r', 1), end()],
      flows: chain('start', 'g', 'a', 'end'),
    });
    expect(superfluousGateway.check(new RuleContext(doc))).toMatchObject([
      { steps: ['g'], severity: 'warning' },
    ]);
  });
});
