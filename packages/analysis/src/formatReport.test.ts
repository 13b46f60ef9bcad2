import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { analyze } from './analyze';
import { formatEffect, formatReport } from './formatReport';
import { formatMinutes } from './messages';

describe('formatReport', () => {
  it('shows the headline figures, roles and findings with suggestions', () => {
    const text = formatReport(gallery.mm5, analyze(gallery.mm5, { effects: true }));
    expect(text).toContain('Mean cycle time: 2.5 min');
    expect(text).toContain('server: busy 90%');
    expect(text).toMatch(/WARNING \[bottleneck\]/);
    expect(text).toMatch(
      /→ suggestion: Give “server” a capacity of 6 instead of 5\. \(predicted: Mean cycle time −1\.2 min/,
    );
  });

  it('speaks Chinese and says when there is nothing to report', () => {
    const text = formatReport(
      gallery.tandem2,
      analyze(gallery.tandem2, { lang: 'zh-CN' }),
      'zh-CN',
    );
    expect(text).toContain('平均周期时间: 55 分钟');
    expect(text).toContain('没有发现问题。');
  });

  it('formats effects and unbounded times', () => {
    expect(
      formatEffect({
        cycleTimeMean: -90,
        costPerCase: 2,
        handoffsPerCase: 0,
        bottleneckUtilization: -0.1,
      }),
    ).toBe('Mean cycle time −90 min, Cost per case +2, Hand-overs per case ±0, busy −10%');
    expect(formatMinutes(Infinity, 'zh-CN')).toBe('无上限');
    expect(formatMinutes(3000)).toBe('2.1 d');
  });
});
