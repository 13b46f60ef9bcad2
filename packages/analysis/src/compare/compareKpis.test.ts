import { describe, expect, it } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { compareKpis } from './compareKpis';
import { kpiLabel } from './compareMessages';

describe('compareKpis', () => {
  it('one column per variant, deltas and verdicts the right way round', () => {
    const asIs = gallery.sequence3;
    const faster = {
      ...asIs,
      id: 'fast',
      steps: asIs.steps.map((s) => (s.id === 'b' ? build.task('b', 'clerk', 1) : s)),
    };
    const k = compareKpis(asIs, [faster, asIs]);
    const ct = k.rows.find((r) => r.key === 'cycleTime')!;
    expect(ct.variants[0]!.delta).toBeLessThan(0);
    expect(ct.variants[0]!.verdict).toBe('better');
    expect(ct.variants[1]!.verdict).toBe('same');
    expect(k.rows.find((r) => r.key === 'flowEfficiency')!.variants[1]!.delta).toBe(0);
    expect(k.rows.some((r) => r.key === 'utilization.clerk')).toBe(true);
  });

  it('reads figures in both languages', () => {
    expect(kpiLabel('cycleTime', 90, 'zh-CN')).toBe('90 分钟');
    expect(kpiLabel('flowEfficiency', 0.25, 'en')).toBe('25%');
    expect(kpiLabel('cycleTime', -30, 'en', true)).toBe('−30 min');
    expect(kpiLabel('costPerCase', NaN, 'en')).toBe('—');
  });
});
