import { describe, expect, it } from 'vitest';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { buildComparisonReport } from './buildComparisonReport';
import { renderReportHtml } from './renderReportHtml';
import { renderTimeline } from './renderTimeline';

const hostile = '<script>alert(1)</script> & "x" 采购 😀';
const asIs: ProcessDocument = {
  ...gallery.sequence3,
  name: hostile,
  roles: [{ ...gallery.sequence3.roles[0]!, name: `<b>${hostile}</b>` }],
};
const toBe: ProcessDocument = {
  ...asIs,
  id: 'to-be',
  description: `Why: ${hostile}`,
  steps: asIs.steps
    .filter((s) => s.id !== 'b')
    .map((s) => (s.id === 'c' ? { ...s, name: `${hostile} c` } : s)),
  flows: build.chain('start', 'a', 'c', 'end'),
};

describe('buildComparisonReport', () => {
  it('has page 1, the grouped changes, KPI table, attribution, both maps, the timeline and the edit log', () => {
    const tree = buildComparisonReport({ asIs, toBe, lang: 'en' });
    const headings = tree.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings.slice(0, 4)).toEqual([
      `Process improvement report: ${toBe.name}`,
      'Recommendation',
      'Next steps',
      'Implementation risks',
    ]);
    expect(headings).toEqual(
      expect.arrayContaining([
        'What changes, and why',
        'Steps removed',
        'Key figures (analytic)',
        'What each change contributes',
        'Role timelines',
        'Appendix A: detailed edit log',
      ]),
    );
    // page 1 ends before the change list
    const firstBreak = tree.blocks.findIndex((b) => b.type === 'pageBreak');
    expect(
      tree.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Implementation risks'),
    ).toBeLessThan(firstBreak);
    const attribution = tree.blocks
      .flatMap((b) => (b.type === 'table' ? [b] : []))
      .find((t) => t.header[0] === 'Change' && t.header.length === 5)!;
    expect(attribution.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Interaction (total − sum)', 'Total']),
    );
    // the before/after chart, both maps, the typical-case timeline
    expect(tree.blocks.filter((b) => b.type === 'diagram')).toHaveLength(4);
    const changes = tree.blocks.find((b) => b.type === 'changes');
    expect(changes && changes.type === 'changes' && changes.items.map((i) => i.kind)).toEqual([
      'removed',
      'changed',
    ]);
  });

  it('renders HTML with every text escaped and no script, in Chinese too', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const html = renderReportHtml(buildComparisonReport({ asIs, toBe, lang }));
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain("script-src 'none'");
      expect(html).toContain(lang === 'zh-CN' ? '关键指标' : 'Key figures');
      expect(html).toContain(lang === 'zh-CN' ? '建议' : 'Recommendation');
    }
  });

  it('adds simulated figures with intervals when given', () => {
    const tree = buildComparisonReport({
      asIs,
      toBe,
      lang: 'en',
      simulation: {
        pairs: 5,
        casesPerReplication: 100,
        seed: 1,
        metrics: {
          'cycleTime.mean': {
            asIs: 30,
            toBe: 20,
            delta: { mean: -10, ci95: [-12, -8] },
            significant: true,
          },
        },
      },
    });
    const sim = tree.blocks
      .flatMap((b) => (b.type === 'table' ? [b] : []))
      .find((t) => t.header.includes('Difference (95 % CI)'))!;
    expect(sim.rows[0]).toEqual([
      'Cycle time (mean)',
      '30 min',
      '20 min',
      '−10 min [−12 min, −8 min]',
      'yes',
    ]);
  });

  it('says "no change" for a simulated difference that rounds to zero, never "+0 [−0, +0]"', () => {
    const tree = buildComparisonReport({
      asIs,
      toBe,
      lang: 'zh-CN',
      simulation: {
        pairs: 5,
        casesPerReplication: 100,
        seed: 1,
        metrics: {
          'roles.r1.utilization': {
            asIs: 0.5,
            toBe: 0.5,
            delta: { mean: 0.0001, ci95: [-0.002, 0.003] },
            significant: false,
          },
        },
      },
    });
    const sim = tree.blocks
      .flatMap((b) => (b.type === 'table' ? [b] : []))
      .find((t) => t.header.includes('差值（95% 置信区间）'))!;
    expect(sim.rows[0]![3]).toBe('无变化');
    expect(JSON.stringify(tree)).not.toMatch(/[−+-]0 ?%/);
  });
});

describe('renderTimeline', () => {
  it('draws waiting and working apart and outlines the critical path, escaping names', () => {
    const timeline = {
      bars: [
        { step: 'a', name: hostile, role: 'r', start: 0, workStart: 10, end: 20, critical: true },
        { step: 'b', name: 'b', role: null, start: 0, workStart: 0, end: 5, critical: false },
      ],
      roles: ['r', null],
      end: 20,
    };
    const chart = renderTimeline([{ title: hostile, timeline }], (id) => id ?? '-', 'en');
    expect(chart.svg).not.toContain('<script');
    expect(chart.svg).toContain('fill="url(#fs-wait)" stroke="#c62828"');
    expect(chart.svg.match(/fill="#3b6fb6" stroke/g)).toHaveLength(2);
  });
});
