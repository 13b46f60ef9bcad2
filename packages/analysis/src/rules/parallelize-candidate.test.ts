import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { parallelizeCandidate } from './parallelize-candidate';

const { processOf, start, end, task, chain, role } = build;
const doc = (bInputs: string[]) =>
  processOf('p', {
    roles: [role('it'), role('admin')],
    steps: [
      start('start', 60),
      task('a', 'it', 10, { outputs: ['account'] }),
      task('b', 'admin', 20, { inputs: bInputs, outputs: ['desk'] }),
      end(),
    ],
    flows: chain('start', 'a', 'b', 'end'),
  });

describe('rule parallelize-candidate', () => {
  it('reports consecutive tasks of different roles with no data dependency', () => {
    const [f] = parallelizeCandidate.check(new RuleContext(doc(['contract'])));
    expect(f).toMatchObject({
      kind: 'parallelize-candidate',
      severity: 'info',
      steps: ['a', 'b'],
      roles: ['it', 'admin'],
    });
    expect(f!.evidence.cycleTimeSavedPerCase).toBeGreaterThan(10);
  });

  it('accepts a step that reads what the one before it writes', () => {
    expect(parallelizeCandidate.check(new RuleContext(doc(['account'])))).toEqual([]);
  });
});
