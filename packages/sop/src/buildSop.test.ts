import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  gallery,
  parseProcess,
  topologicalOrder,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import { buildSop } from './buildSop';
import type { SopBlock, SopTree } from './tree';

const example = (name: string): ProcessDocument => {
  const file = fileURLToPath(new URL(`../../../examples/${name}.flow.json`, import.meta.url));
  const result = parseProcess(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(name);
  return result.document;
};

/** The procedure's blocks: from its heading to the next level-2 heading. */
function procedure(tree: SopTree): SopBlock[] {
  const start = tree.blocks.findIndex(
    (b) => b.type === 'heading' && b.level === 2 && /^6\. /.test(b.text),
  );
  const end = tree.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 2);
  return tree.blocks.slice(start + 1, end);
}
const stepHeadings = (tree: SopTree) =>
  procedure(tree).flatMap((b) => (b.type === 'heading' && b.level === 3 ? [b.text] : []));
const texts = (blocks: SopBlock[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : []));

describe('buildSop', () => {
  it('has every section in order, in the process language (zh-CN) or --lang (en)', () => {
    const doc = example('purchase-approval-to-be');
    const zh = buildSop(doc).blocks.flatMap((b) =>
      b.type === 'heading' && b.level <= 2 ? [b.text] : [],
    );
    expect(zh).toEqual([
      '标准操作流程：采购审批（优化后）',
      '1. 目的',
      '2. 适用范围',
      '3. 职责',
      '4. 术语与记录',
      '5. 流程图',
      '6. 操作步骤',
      '7. 关键绩效指标',
      '8. 风险与应急预案',
      '9. 修订记录',
    ]);
    const en = buildSop(doc, { lang: 'en' }).blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(en[5]).toBe('6. Procedure');
  });

  it('has a title block with version, owner, effective date and an approval line with blanks', () => {
    const tree = buildSop(example('purchase-approval-to-be'), { effectiveDate: '2026-12-01' });
    const [title, approval] = tree.blocks.filter(
      (b): b is Extract<SopBlock, { type: 'table' }> => b.type === 'table',
    );
    expect(title!.rows).toEqual([
      ['流程编号', 'purchase-approval-to-be'],
      ['版本', '1.0'],
      ['流程负责人', '采购专员'],
      ['生效日期', '2026-12-01'],
    ]);
    expect(approval!.header).toEqual(['', '编制', '审核', '批准']);
    expect(approval!.rows).toEqual([
      ['签字', '', '', ''],
      ['日期', '', '', ''],
    ]);
  });

  it('N1 N2: names every step in the procedure, in flow order, for every gallery process and example', () => {
    const docs = [
      ...Object.values(gallery),
      example('purchase-approval-to-be'),
      example('order-to-cash'),
    ];
    for (const doc of docs) {
      const headings = stepHeadings(buildSop(doc, { lang: 'en' }));
      expect(headings.length).toBe(doc.steps.length);
      for (const step of doc.steps)
        expect(headings.some((h) => h.endsWith(` ${step.name}`))).toBe(true);
      // flow order: every flow that does not close a loop points forwards
      const index = new Map(headings.map((h, i) => [h.slice(h.indexOf(' ') + 1), i]));
      const names = new Map(doc.steps.map((s) => [s.id, s.name]));
      const back = new Set(topologicalOrder(buildGraph(doc)).backEdges.map((f) => f.id));
      for (const f of doc.flows) {
        if (back.has(f.id)) continue;
        expect(index.get(names.get(f.from)!)!).toBeLessThan(index.get(names.get(f.to)!)!);
      }
    }
  });

  it('N4 N5: writes decisions as "if …, go to step …; otherwise go to step …" (xorSplitJoin)', () => {
    const tree = buildSop(gallery.xorSplitJoin, { lang: 'en' });
    expect(texts(procedure(tree))).toContain(
      'If ≤ 1000, go to step 6.3 (small); otherwise go to step 6.4 (large).',
    );
    expect(texts(procedure(tree))).toContain('Then go to step 6.5 (merge).');
    const zh = buildSop(gallery.xorSplitJoin, { lang: 'zh-CN' });
    expect(texts(procedure(zh))).toContain(
      '如果≤ 1000，转至第6.3步（small）；否则转至第6.4步（large）。',
    );
  });

  it('N3 N6: numbers parallel branches 6.4a/6.4b and names them at the split and the join (andSplitJoin)', () => {
    const tree = buildSop(gallery.andSplitJoin, { lang: 'en' });
    expect(stepHeadings(tree)).toEqual([
      '6.1 start',
      '6.2 a',
      '6.3 fork',
      '6.4a left',
      '6.4b right',
      '6.5 join',
      '6.6 z',
      '6.7 end',
    ]);
    const lines = texts(procedure(tree));
    expect(lines).toContain(
      'Do step 6.4a (left) and step 6.4b (right) in parallel; each branch can start at once.',
    );
    expect(lines).toContain(
      'Wait until step 6.4a (left) and step 6.4b (right) are all finished, then continue.',
    );
  });

  it('N5: spells out a rework loop: "return to step 6.2" (reworkLoop)', () => {
    const lines = texts(procedure(buildSop(gallery.reworkLoop, { lang: 'en' })));
    expect(lines).toContain('If ok, go to step 6.6 (end); otherwise return to step 6.2 (merge).');
    const zh = texts(procedure(buildSop(gallery.reworkLoop, { lang: 'zh-CN' })));
    expect(zh).toContain('如果ok，转至第6.6步（end）；否则返回第6.2步（merge）。');
  });

  it('states an arrival rate as cases per (working) day', () => {
    const doc: ProcessDocument = {
      ...gallery.mm1,
      calendars: [{ id: 'office', week: [{ days: ['mon'], from: '09:00', to: '18:00' }] }],
      steps: gallery.mm1.steps.map((s) =>
        s.type === 'start'
          ? { ...s, arrival: { rate: { count: 40, per: 'day' }, calendar: 'office' } }
          : s,
      ),
    };
    expect(texts(procedure(buildSop(doc, { lang: 'en' })))).toContain(
      'A new case begins here (on average 40 a working day).',
    );
    expect(texts(procedure(buildSop(doc, { lang: 'zh-CN' })))).toContain(
      '新业务从这里开始（平均每个工作日 40 件）。',
    );
  });

  it('gives each task who does it, who signs off, inputs, outputs, system, duration, SLA, instructions and cautions', () => {
    const tree = buildSop(example('purchase-approval-to-be'));
    const blocks = procedure(tree);
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === '6.7 部门经理审批');
    const body = blocks.slice(
      at + 1,
      blocks.findIndex((b, i) => i > at && b.type === 'heading'),
    );
    const fields = Object.fromEntries(
      body.flatMap((b) => (b.type === 'paragraph' && b.label ? [[b.label, b.text]] : [])),
    );
    expect(fields).toMatchObject({
      '执行人（R）': '部门经理',
      '审批人（A）': '部门经理',
      '知会（I）': '申请人',
      输入: '采购申请单（电子）、部门预算',
      输出: '采购申请单（电子）',
      系统: 'OA 移动端',
      预计用时: '10 分钟（5 分钟 至 20 分钟）',
      '时限（SLA）': '4 小时',
    });
    expect(body).toContainEqual({
      type: 'list',
      ordered: true,
      items: ['超过 4 小时未审批系统自动提醒，超过 1 天升级给上级', '出差时可设置代理审批人'],
    });
  });

  it('has a RACI matrix that matches the document, for any assignment of RACI roles', () => {
    const roles = ['clerk', 'manager', 'finance'];
    const pick = fc.constantFrom(...roles);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            r: pick,
            a: fc.option(pick, { nil: undefined }),
            c: fc.subarray(roles),
            i: fc.subarray(roles),
          }),
          { minLength: 5, maxLength: 5 },
        ),
        (raci) => {
          const doc = structuredClone(gallery.doubleApproval);
          const tasks = doc.steps.filter((s): s is TaskStep => s.type === 'task');
          tasks.forEach((t, k) => {
            t.role = raci[k]!.r;
            t.raci = { accountable: raci[k]!.a, consulted: raci[k]!.c, informed: raci[k]!.i };
          });
          const tree = buildSop(doc, { lang: 'en' });
          const at = tree.blocks.findIndex((b) => b.type === 'heading' && b.text === 'RACI matrix');
          const matrix = tree.blocks[at + 1] as Extract<SopBlock, { type: 'table' }>;
          expect(matrix.header).toEqual(['Step', 'clerk', 'manager', 'finance']);
          tasks.forEach((t, k) => {
            const row = matrix.rows[k]!;
            expect(row[0]).toMatch(new RegExp(` ${t.name}$`));
            roles.forEach((role, j) => {
              const cell = row[j + 1]!.split('/').filter(Boolean);
              expect(cell.includes('R')).toBe(t.role === role);
              expect(cell.includes('A')).toBe(t.raci!.accountable === role);
              expect(cell.includes('C')).toBe(t.raci!.consulted!.includes(role));
              expect(cell.includes('I')).toBe(t.raci!.informed!.includes(role));
            });
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('lists the records with the steps that produce and use them', () => {
    const tree = buildSop(example('purchase-approval-to-be'));
    const at = tree.blocks.findIndex((b) => b.type === 'heading' && b.text === '4. 术语与记录');
    const table = tree.blocks[at + 1] as Extract<SopBlock, { type: 'table' }>;
    expect(table.rows.find((r) => r[0] === '采购订单')).toEqual([
      '采购订单',
      '—',
      '6.12 系统生成采购订单',
      '6.13 到货验收入库、6.14 系统三单匹配',
    ]);
  });

  it('puts the KPIs of the document and of the analysis together', () => {
    const tree = buildSop(gallery.mm1, { lang: 'en' });
    const at = tree.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === '7. Key performance indicators',
    );
    const table = tree.blocks[at + 1] as Extract<SopBlock, { type: 'table' }>;
    // M/M/1 with rho 0.8: W = 8 / (1 - 0.8) = 40 min; cost 8 min at 60/h = 8; all waiting but 8 of 40
    expect(table.rows).toEqual([
      ['Expected cycle time', '40 min', 'Expected (analysis)'],
      ['Cost per case', '8', 'Expected (analysis)'],
      ['Flow efficiency', '20%', 'Expected (analysis)'],
    ]);
  });

  it('still writes the SOP of a broken process, with a warning section listing its errors first', () => {
    const tree = buildSop(gallery.deadlockAfterXor, { lang: 'en' });
    const warning = tree.blocks.find((b) => b.type === 'warning');
    expect(warning).toBeDefined();
    expect(tree.blocks.indexOf(warning!)).toBeLessThan(
      tree.blocks.findIndex((b) => b.type === 'heading' && b.level === 2),
    );
    expect((warning as Extract<SopBlock, { type: 'warning' }>).items.join(' ')).toMatch(/join/);
    expect(buildSop(gallery.sequence3).blocks.some((b) => b.type === 'warning')).toBe(false);
  });

  it('embeds a flowchart with one lane per role and every step', () => {
    const tree = buildSop(gallery.xorSplitJoin);
    const diagram = tree.blocks.find((b) => b.type === 'diagram') as Extract<
      SopBlock,
      { type: 'diagram' }
    >;
    expect(diagram.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(diagram.svg.match(/<g class="step"/g)).toHaveLength(gallery.xorSplitJoin.steps.length);
  });
});

describe('buildSop on odd documents', () => {
  it('writes an SOP for a document with no steps, roles or flows', () => {
    const doc = { ...gallery.sequence3, roles: [], steps: [], flows: [] } as ProcessDocument;
    const tree = buildSop(doc, { lang: 'en' });
    expect(stepHeadings(tree)).toEqual([]);
    expect(tree.blocks.some((b) => b.type === 'diagram')).toBe(true);
  });

  it('treats ids such as __proto__ and constructor as ordinary ids', () => {
    const doc = structuredClone(gallery.sequence3);
    const rename: Record<string, string> = { a: '__proto__', b: 'constructor', clerk: 'toString' };
    for (const s of doc.steps) {
      s.id = rename[s.id] ?? s.id;
      s.name = s.id;
      if (s.type === 'task') s.role = 'toString';
    }
    doc.roles[0]!.id = 'toString';
    doc.flows = doc.flows.map((f) => ({
      ...f,
      from: rename[f.from] ?? f.from,
      to: rename[f.to] ?? f.to,
    }));
    const tree = buildSop(doc, { lang: 'en' });
    expect(stepHeadings(tree)).toEqual([
      '6.1 start',
      '6.2 __proto__',
      '6.3 constructor',
      '6.4 c',
      '6.5 end',
    ]);
  });
});
