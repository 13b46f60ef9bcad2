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
    expect(text).toMatch(/impact: lead time [\d.]+ min per case · role time [\d.]+ h per week/);
    expect(text).toMatch(
      /→ suggestion: Give “server” a capacity of 6 instead of 5\. \(predicted: Mean cycle time −1\.2 min/,
    );
  });

  it('speaks Chinese and says when there is nothing to report', () => {
    // Every task names its Accountable, so not even a raci-gap is left to report.
    const doc = {
      ...gallery.tandem2,
      steps: gallery.tandem2.steps.map((s) =>
        s.type === 'task' && s.role ? { ...s, raci: { accountable: s.role } } : s,
      ),
    };
    const text = formatReport(doc, analyze(doc, { lang: 'zh-CN' }), 'zh-CN');
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
    ).toBe('Mean cycle time −90 min, Cost per case +2.00, Hand-overs per case ±0, busy −10 pp');
    // Rounds to zero: "±0", never "−0"; costs in the document's currency; rates in points.
    expect(
      formatEffect(
        {
          cycleTimeMean: -1e-9,
          costPerCase: -0.001,
          handoffsPerCase: -1e-12,
          bottleneckUtilization: -0.001,
        },
        'zh-CN',
        'CNY',
      ),
    ).toBe('平均周期时间 ±0 分钟, 单件成本 ±¥0, 每个案例交接次数 ±0, 忙碌 ±0 个百分点');
    expect(formatMinutes(Infinity, 'zh-CN')).toBe('无上限');
    expect(formatMinutes(3000)).toBe('2.1 d');
  });

  it('shows costs in the document currency, CNY for a Chinese document without one', () => {
    const zh = { ...gallery.doubleApproval, language: 'zh-CN' };
    expect(formatReport(zh, analyze(zh, { lang: 'zh-CN' }), 'zh-CN')).toMatch(
      /单件成本: ¥\d+\.\d\d/,
    );
    const eur = { ...gallery.doubleApproval, currency: 'EUR' };
    expect(formatReport(eur, analyze(eur))).toMatch(/Cost per case: €\d+\.\d\d/);
  });
});
