import { describe, expect, it } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { buildComparisonReport } from './buildComparisonReport';
import { relativeChange } from './executiveSummary';
import type { ReportTree } from './reportTree';
import { purchaseApprovalPair } from './testing/loadExamplePair';
import { reworkLoopPair } from './testing/reworkLoopPair';

/** The blocks before the first page break: page 1. */
function page1(tree: ReportTree) {
  return tree.blocks.slice(
    0,
    tree.blocks.findIndex((b) => b.type === 'pageBreak'),
  );
}
const texts = (tree: ReportTree) =>
  page1(tree).flatMap((b) =>
    b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : [],
  );
const after = (tree: ReportTree, heading: string) => {
  const i = tree.blocks.findIndex((b) => b.type === 'heading' && b.text === heading);
  return tree.blocks[i + 1]!;
};

describe('page 1 of the report', () => {
  const { asIs, toBe } = purchaseApprovalPair();

  it('says cycle time, cost in ¥ and capacity before and after in one sentence (zh-CN)', () => {
    const tree = buildComparisonReport({ asIs, toBe, lang: 'zh-CN' });
    const headline = texts(tree)[1]!;
    expect(headline).toMatch(
      /^实施优化方案后，平均周期时间由 42\.6 小时降至 9\.6 小时（−77%），单件成本由 ¥712\.04 降至 ¥341\.52（−52%），处理能力由 \d+ 件\/周提高到 \d+ 件\/周（\+\d+%）。$/,
    );
    expect(page1(tree).some((b) => b.type === 'diagram' && b.svg.includes('优化前后对比'))).toBe(
      true,
    );
    expect(after(tree, '建议')).toMatchObject({ text: expect.stringMatching(/^建议采纳/) });
  });

  it('lists next steps and risks derived from the change (en)', () => {
    const tree = buildComparisonReport({ asIs, toBe, lang: 'en' });
    const steps = after(tree, 'Next steps');
    expect(steps.type === 'list' && steps.items[0]).toBe(
      `Approve "${toBe.name}" and issue its SOP and job descriptions.`,
    );
    // systems and outside parties are not people to train
    expect(steps.type === 'list' && steps.items[1]).not.toMatch(/OA\/ERP 系统|申请人/);
    const risks = after(tree, 'Implementation risks');
    expect(risks.type === 'list' && risks.items).toContain(
      'The control "部门经理复核" is removed: confirm the risk it covered is covered elsewhere.',
    );
    expect(texts(tree).join(' ')).toMatch(/analytic: steady-state means/);
  });

  it('explains how the simulated figures differ when there are some', () => {
    const tree = buildComparisonReport({
      asIs,
      toBe,
      lang: 'en',
      simulation: { pairs: 5, casesPerReplication: 2000, seed: 1, metrics: {} },
    });
    expect(texts(tree).join(' ')).toMatch(/simulated figures \(5 × 2000 cases/);
  });

  it('says "no change", never −0 %, and does not recommend a change that buys nothing', () => {
    const same: ProcessDocument = { ...gallery.sequence3, id: 'same-to-be' };
    for (const lang of ['en', 'zh-CN'] as const) {
      const tree = buildComparisonReport({ asIs: gallery.sequence3, toBe: same, lang });
      const all = JSON.stringify(page1(tree));
      expect(all).not.toMatch(/[−+-]0 ?%/);
      expect(all).toContain(lang === 'en' ? '(no change)' : '（无变化）');
      expect(all).toContain(lang === 'en' ? 'Do not adopt' : '不建议');
    }
  });

  it('reads an unbounded cycle time (an overloaded role) as unbounded, drawn hatched', () => {
    const { asIs: overloaded, toBe: fixed } = reworkLoopPair();
    const tree = buildComparisonReport({ asIs: overloaded, toBe: fixed, lang: 'en' });
    expect(texts(tree)[1]).toMatch(
      /^The proposed process cuts the mean cycle time from unbounded to /,
    );
    const risks = after(tree, 'Implementation risks');
    expect(risks.type === 'list' && risks.items).toContain(
      '1 step changes hands: the new owners need training and handover notes.',
    );
    const chart = page1(tree).find((b) => b.type === 'diagram')!;
    expect(chart.type === 'diagram' && chart.svg).toContain('url(#fs-unbounded)');
    expect(JSON.stringify(tree)).not.toMatch(/NaN|Infinity/);
  });
});

describe('relativeChange', () => {
  it('rounds to whole per cent, says <1 % rather than 0, and nothing for unknown', () => {
    expect(relativeChange(100, 55)).toBe('−45%');
    expect(relativeChange(100, 100.2)).toBe('+<1%');
    expect(relativeChange(0, 5)).toBe('');
    expect(relativeChange(Infinity, 5)).toBe('');
    expect(relativeChange(5, 5)).toBe('');
  });
});
