import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { overload } from './overload';

describe('rule overload', () => {
  it('accepts a role busy less than all the time', () => {
    expect(overload.check(new RuleContext(gallery.mm1))).toEqual([]);
  });

  it('reports a role whose work arrives faster than it can be done', () => {
    const doc = {
      ...gallery.mm1,
      steps: gallery.mm1.steps.map((s) =>
        s.type === 'task' ? { ...s, duration: { dist: 'exponential' as const, mean: 12 } } : s,
      ),
    };
    const [f] = overload.check(new RuleContext(doc));
    expect(f).toMatchObject({
      kind: 'overload',
      severity: 'error',
      roles: ['clerk'],
      steps: ['serve'],
    });
    expect(f!.evidence.utilization).toBeCloseTo(1.2, 12);
  });
});
