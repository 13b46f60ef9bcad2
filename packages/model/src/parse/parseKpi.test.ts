import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

describe('parseProcess: KPI formula and period (计算公式, 统计周期)', () => {
  it('keeps them, in canonical key order, and reads its own output the same', () => {
    const doc = minimalDocument();
    doc.kpis = [
      {
        period: '按月',
        formula: '从申请提交到订单下达的日历天数平均值',
        id: 'kLead',
        name: '采购周期',
        target: '≤ 3 d',
      },
    ];
    const result = parseProcess(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.document.kpis)).toBe(
      JSON.stringify([
        {
          id: 'kLead',
          name: '采购周期',
          target: '≤ 3 d',
          formula: '从申请提交到订单下达的日历天数平均值',
          period: '按月',
        },
      ]),
    );
    const again = parseProcess(result.document);
    expect(again.ok && JSON.stringify(again.document)).toBe(JSON.stringify(result.document));
  });

  it('reports a wrong type at its JSON path, in Chinese too', () => {
    const doc = minimalDocument();
    doc.kpis = [{ id: 'k1', name: '周期', formula: 7, perod: '按月' }];
    const result = parseProcess(doc, { lang: 'zh-CN' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['kpis[0].perod', 'field.unknown'],
      ['kpis[0].formula', 'field.type'],
    ]);
    expect(result.problems[0]!.message).toContain('"period"');
    expect(result.problems[1]!.message).toMatch(/字符串/);
  });
});
