import { describe, expect, it } from 'vitest';
import { effectRows } from './effectRows';

describe('effectRows', () => {
  it('marks decreases as better and increases as worse', () => {
    const rows = effectRows(
      { cycleTimeMean: -229.3, costPerCase: 12.5, handoffsPerCase: -1.8, bottleneckUtilization: 0 },
      'en',
    );
    expect(rows.map((r) => [r.key, r.text, r.tone])).toEqual([
      ['cycleTime', '−3.8 h', 'better'],
      ['cost', '+12.50', 'worse'],
      ['handoffs', '−1.8', 'better'],
      ['bottleneck', '±0', 'same'],
    ]);
  });
  it('says when a change is unbounded', () => {
    const [cycle] = effectRows(
      { cycleTimeMean: Infinity, costPerCase: 0, handoffsPerCase: 0, bottleneckUtilization: 0.2 },
      'zh-CN',
    );
    expect(cycle).toEqual({ key: 'cycleTime', text: '+无上限', tone: 'worse' });
  });
  it('treats rounding noise as no change', () => {
    expect(
      effectRows(
        {
          cycleTimeMean: 1e-9,
          costPerCase: -1e-12,
          handoffsPerCase: 0,
          bottleneckUtilization: Number.NaN,
        },
        'en',
      ).every((r) => r.tone === 'same'),
    ).toBe(true);
  });
  it('shows cost in the currency, utilisation in points, and rounding to zero as ±0', () => {
    const rows = effectRows(
      {
        cycleTimeMean: -60,
        costPerCase: -72.22,
        handoffsPerCase: -0.001,
        bottleneckUtilization: -0.21,
      },
      'zh-CN',
      'CNY',
    );
    expect(rows.map((r) => [r.key, r.text, r.tone])).toEqual([
      ['cycleTime', '−60 分钟', 'better'],
      ['cost', '−¥72.22', 'better'],
      ['handoffs', '±0', 'same'],
      ['bottleneck', '−21 个百分点', 'better'],
    ]);
  });
});
