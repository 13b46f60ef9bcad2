import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { bottleneck } from './bottleneck';

describe('rule bottleneck', () => {
  it('stays quiet below 85 % utilisation', () => {
    expect(bottleneck.check(new RuleContext(gallery.mm1))).toEqual([]);
  });

  it('names the busiest role at 85 % or more, with its wait', () => {
    const [f] = bottleneck.check(new RuleContext(gallery.mm5));
    expect(f).toMatchObject({ kind: 'bottleneck', severity: 'warning', roles: ['server'] });
    expect(f!.evidence.utilization).toBeCloseTo(0.9, 12);
    expect(f!.evidence.waitMean).toBeGreaterThan(0);
  });
});
