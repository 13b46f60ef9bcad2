import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { raciOverlap } from './raci-overlap';

const { processOf, start, end, task, gate, flow, chain, role } = build;
const doc = (split: 'and' | 'xor') =>
  processOf('o', {
    roles: [role('sales'), role('legal')],
    steps: [
      start(),
      gate('s', split),
      task('a', 'sales', 5, { outputs: ['contract'] }),
      task('b', 'legal', 5, { outputs: ['contract'] }),
      gate('j', split),
      end(),
    ],
    flows: [
      flow('start', 's'),
      flow('s', 'a', { probability: 0.5 }),
      flow('s', 'b', { probability: 0.5 }),
      flow('a', 'j'),
      flow('b', 'j'),
      flow('j', 'end'),
    ],
  });

describe('rule raci-overlap', () => {
  it('reports two roles writing the same data at the same time', () => {
    expect(raciOverlap.check(new RuleContext(doc('and')))).toMatchObject([
      { kind: 'raci-overlap', severity: 'warning', steps: ['a', 'b'], roles: ['sales', 'legal'] },
    ]);
  });

  it('accepts one role or the other in exclusive branches, and refinement in sequence', () => {
    expect(raciOverlap.check(new RuleContext(doc('xor')))).toEqual([]);
    const seq = processOf('s', {
      roles: [role('sales'), role('legal')],
      steps: [
        start(),
        task('a', 'sales', 5, { outputs: ['contract'] }),
        task('b', 'legal', 5, { inputs: ['contract'], outputs: ['contract'] }),
        end(),
      ],
      flows: chain('start', 'a', 'b', 'end'),
    });
    expect(raciOverlap.check(new RuleContext(seq))).toEqual([]);
  });
});
