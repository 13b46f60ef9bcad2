import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { unusedOutput } from './unused-output';

const { processOf, start, end, task, chain, role } = build;

describe('rule unused-output', () => {
  it('reports data written and never read, but not the final result', () => {
    const doc = processOf('u', {
      roles: [role('r')],
      steps: [
        start(),
        task('a', 'r', 1, { outputs: ['form', 'copy'] }),
        task('b', 'r', 1, { inputs: ['form'], outputs: ['result'] }),
        end(),
      ],
      flows: chain('start', 'a', 'b', 'end'),
    });
    expect(unusedOutput.check(new RuleContext(doc))).toMatchObject([
      { id: 'unused-output:a,copy', severity: 'info' },
    ]);
  });

  it('says nothing when the process declares no inputs at all', () => {
    const doc = processOf('n', {
      roles: [role('r')],
      steps: [start(), task('a', 'r', 1, { outputs: ['x'] }), task('b', 'r', 1), end()],
      flows: chain('start', 'a', 'b', 'end'),
    });
    expect(unusedOutput.check(new RuleContext(doc))).toEqual([]);
  });
});
