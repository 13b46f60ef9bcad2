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
    (b) => b.type === 'heading' && b.level === 2 && /^7\. /.test(b.text),
  );
  const end = tree.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 2);
  return tree.blocks.slice(start + 1, end);
}
type Table = Extract<SopBlock, { type: 'table' }>;
/** The procedure table's rows (序号 / 节点 / 责任人 / 工作内容与要求 / 输出 / 时限). */
const rows = (tree: SopTree): string[][] =>
  (procedure(tree).find((b) => b.type === 'table') as Table | undefined)?.rows ?? [];
/** The sentence before the procedure table (where the process starts and ends). */
const intro = (tree: SopTree) =>
  procedure(tree).flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))[0];
/** The table that follows the level-2 heading starting with `prefix`. */
const tableAfter = (tree: SopTree, prefix: string): Table => {
  const at = tree.blocks.findIndex(
    (b) => b.type === 'heading' && b.level === 2 && b.text.startsWith(prefix),
  );
  return tree.blocks.slice(at + 1).find((b) => b.type === 'table') as Table;
};

describe('buildSop', () => {
  it('has a cover, the contents and every section in order, in the process language (zh-CN) or --lang (en)', () => {
    const doc = example('purchase-approval-to-be');
    const tree = buildSop(doc);
    const zh = tree.blocks.flatMap((b) => (b.type === 'heading' && b.level <= 2 ? [b.text] : []));
    const sections = [
      '1. 目的',
      '2. 适用范围',
      '3. 定义',
      '4. 职责',
      '5. 相关文件',
      '6. 流程图',
      '7. 操作步骤',
      '8. 记录与表单',
      '9. 关键绩效指标',
      '10. 风险与应急预案',
      '11. 修订记录',
    ];
    expect(zh).toEqual(['标准操作流程：采购审批（优化后）', ...sections]);
    const toc = tree.blocks.find((b) => b.type === 'toc')!;
    expect(toc).toEqual({
      type: 'toc',
      title: '目录',
      entries: sections.map((text) => ({ level: 2, text })),
    });
    // the contents close the cover page
    expect(tree.blocks[tree.blocks.indexOf(toc) + 1]).toEqual({ type: 'pageBreak' });
    const en = buildSop(doc, { lang: 'en' }).blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(en[6]).toBe('7. Procedure');
  });

  it('has a cover with document control from documentControl, the owner role and the approval table', () => {
    const doc = example('purchase-approval-to-be');
    const dc = doc.documentControl!;
    const tree = buildSop(doc, { effectiveDate: '2026-12-01' });
    const [control, approval] = tree.blocks.filter((b): b is Table => b.type === 'table');
    const owner = doc.roles.find((r) => r.id === doc.owner)!;
    expect(control!.caption).toBe('文件控制');
    expect(control!.header).toEqual(['文件编号', dc.number, '版本', dc.version ?? '1.0']);
    expect(control!.rows).toEqual([
      ['生效日期', '2026-12-01', '编制部门', dc.preparingDepartment],
      [
        '流程负责人',
        `${owner.name}（${owner.department}）`,
        '适用部门',
        dc.departments!.join('、'),
      ],
    ]);
    expect(approval!.header).toEqual(['', '编制', '审核', '批准']);
    expect(approval!.rows).toEqual([
      ['姓名/岗位', dc.preparedBy, dc.reviewedBy, dc.approvedBy],
      ['签字', '', '', ''],
      ['日期', '', '', ''],
    ]);
    expect(tree.furniture).toEqual({
      title: '标准操作流程：采购审批（优化后）',
      control: `文件编号：${dc.number}\u3000版本：${dc.version ?? '1.0'}`,
      pageOf: ['第 ', ' 页  共 ', ' 页'],
    });
  });

  it('never prints the process id as the document number, nor guesses an owner', () => {
    const doc = { ...gallery.sequence3, owner: undefined, documentControl: undefined };
    const tree = buildSop(doc, { lang: 'en' });
    const [control] = tree.blocks.filter((b): b is Table => b.type === 'table');
    expect(control!.header).toEqual(['Document number', '—', 'Version', '1.0']);
    expect(control!.rows[1]!.slice(0, 2)).toEqual(['Process owner', '—']);
    expect(JSON.stringify(control)).not.toContain(doc.id);
  });

  it('N1 N2: has one row per task, subprocess and timer, numbered 1, 2, … in flow order, and no gateway or event rows', () => {
    const docs = [
      ...Object.values(gallery),
      example('purchase-approval-to-be'),
      example('order-to-cash'),
    ];
    for (const doc of docs) {
      const table = rows(buildSop(doc, { lang: 'en' }));
      const steps = doc.steps.filter((s) => ['task', 'subprocess', 'timer'].includes(s.type));
      expect(table.map((r) => r[0])).toEqual(steps.map((_, i) => String(i + 1)));
      expect(table.map((r) => r[1]).sort()).toEqual(steps.map((s) => s.name).sort());
      // flow order: every flow between two rows that does not close a loop points forwards
      const index = new Map(table.map((r, i) => [r[1]!, i]));
      const names = new Map(doc.steps.map((s) => [s.id, s.name]));
      const back = new Set(topologicalOrder(buildGraph(doc)).backEdges.map((f) => f.id));
      for (const f of doc.flows) {
        const [a, b] = [index.get(names.get(f.from)!), index.get(names.get(f.to)!)];
        if (back.has(f.id) || a === undefined || b === undefined) continue;
        expect(a).toBeLessThan(b);
      }
    }
  });

  it('N4: writes a decision inside the step before it: "If …, go to step …; otherwise go to step …" (purchase approval)', () => {
    const table = rows(buildSop(example('purchase-approval-to-be')));
    const rfq = table.find((r) => r[1] === '询价比价')!;
    expect(rfq[3]).toContain(
      '金额是否超过 5 万元：如金额 > 5万，则转至第6步（总经理审批）；否则转至第7步（系统生成采购订单）。',
    );
    expect(table.some((r) => /汇合|金额是否超过/.test(r[1]!))).toBe(false);
    const en = rows(buildSop(example('purchase-approval-to-be'), { lang: 'en' }));
    expect(en.find((r) => r[0] === '2')![3]).toMatch(
      /If [^;]+, go to step 3 \([^)]+\); otherwise go to step 4 \([^)]+\)\.$/,
    );
  });

  it('N4 N6: a decision right after the start goes into the sentence before the table (xorSplitJoin)', () => {
    expect(intro(buildSop(gallery.xorSplitJoin, { lang: 'en' }))).toBe(
      'The process starts at “start” (on average one every 10 min). split: If ≤ 1000, go to step 1 (small); otherwise go to step 2 (large). It ends at “end”.',
    );
    expect(intro(buildSop(gallery.xorSplitJoin, { lang: 'zh-CN' }))).toBe(
      '流程自「start」开始（平均每 10 分钟一件）。split：如≤ 1000，则转至第1步（small）；否则转至第2步（large）。至「end」结束。',
    );
  });

  it('N3: starts parallel branches together and waits for them after the join (andSplitJoin)', () => {
    expect(rows(buildSop(gallery.andSplitJoin, { lang: 'en' })).map((r) => [r[1], r[3]])).toEqual([
      ['a', 'Then start step 2 (left) and step 3 (right) at the same time.'],
      ['left', 'Then go to step 4 (z).'],
      ['right', ''],
      ['z', 'Start when step 2 (left) and step 3 (right) are all done.\nThen the process ends.'],
    ]);
    expect(rows(buildSop(gallery.andSplitJoin, { lang: 'zh-CN' }))[3]![3]).toBe(
      '待第2步（left）和第3步（right）均完成后开始。\n完成后流程结束。',
    );
  });

  it('N5: spells out a rework loop: "return to step 1" (reworkLoop)', () => {
    expect(rows(buildSop(gallery.reworkLoop, { lang: 'en' }))[1]![3]).toBe(
      'ok: If ok, the process ends; otherwise return to step 1 (work).',
    );
    expect(rows(buildSop(gallery.reworkLoop, { lang: 'zh-CN' }))[1]![3]).toBe(
      'ok：如ok，则流程结束；否则退回第1步（work）。',
    );
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
    expect(intro(buildSop(doc, { lang: 'en' }))).toBe(
      'The process starts at “start” (on average 40 a working day). It ends at “end”.',
    );
    expect(intro(buildSop(doc, { lang: 'zh-CN' }))).toBe(
      '流程自「start」开始（平均每个工作日 40 件）。至「end」结束。',
    );
  });

  it('gives each row its role, work and requirements (inputs, system, sign-off, cautions), outputs and time limit', () => {
    const table = rows(buildSop(example('purchase-approval-to-be')));
    const row = table.find((r) => r[1] === '部门经理审批')!;
    expect(row[2]).toBe('部门经理');
    expect(row[3]!.split('\n')).toEqual(
      expect.arrayContaining([
        '输入：采购申请单（电子）、部门预算',
        '系统：OA 移动端',
        '审批：部门经理',
        '知会：申请人',
        '注意事项：1. 超过 4 小时未审批系统自动提醒，超过 1 天升级给上级',
        '2. 出差时可设置代理审批人',
      ]),
    );
    expect(row[4]).toBe('采购申请单（电子）');
    expect(row[5]).toBe('4 小时');
    // no SLA: the usual time
    expect(table.find((r) => r[1] === '询价比价')![5]).toBe('预计 45 分钟');
  });

  it('numbers the flowchart boxes like the procedure rows', () => {
    const tree = buildSop(example('purchase-approval-to-be'));
    const diagram = tree.blocks.find((b) => b.type === 'diagram')!;
    for (const [n, name] of rows(tree).map((r) => [r[0]!, r[1]!])) {
      const box = new RegExp(`<title>${name}</title><rect[^>]*/><text[^>]*>${n}</text>`);
      expect(diagram.svg).toMatch(box);
    }
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

  it('lists the records with form number, keeper, retention and the steps that produce and use them', () => {
    const doc = example('purchase-approval-to-be');
    const table = tableAfter(buildSop(doc), '8. ');
    expect(table.header).toEqual([
      '记录名称',
      '表单编号',
      '保存部门',
      '保存期限',
      '产生于',
      '使用于',
    ]);
    const po = doc.data!.find((d) => d.id === 'po')!;
    expect(table.rows.find((r) => r[0] === '采购订单')).toEqual([
      '采购订单',
      po.form!.number,
      po.form!.keeper,
      po.form!.retention,
      '7 系统生成采购订单',
      '8 到货验收入库、9 系统三单匹配',
    ]);
    // a column is shown only when some record fills it: no blank form columns
    const bare = structuredClone(gallery.sequence3);
    bare.data = [{ id: 'd', name: 'D' }];
    const first = bare.steps.find((st): st is TaskStep => st.type === 'task')!;
    first.outputs = ['d'];
    expect(tableAfter(buildSop(bare, { lang: 'en' }), '8. ')).toMatchObject({
      header: ['Record', 'Produced in', 'Used in'],
      rows: [['D', `1 ${first.name}`, '—']],
    });
  });

  it('has KPIs with target, formula, period and the forecast in a column of its own', () => {
    const tree = buildSop(gallery.mm1, { lang: 'en' });
    const table = tableAfter(tree, '9. ');
    expect(table.header).toEqual([
      'Indicator',
      'Target',
      'Formula',
      'Period',
      'Forecast (analysis)',
    ]);
    // M/M/1 with rho 0.8: W = 8 / (1 - 0.8) = 40 min; cost 8 min at 60/h = 8; all waiting but 8 of 40
    expect(table.rows).toEqual([
      ['Expected cycle time', '—', 'mean time from start to end of a case', 'per case', '40 min'],
      ['Cost per case', '—', 'Σ (time of each step × hourly cost of its role)', 'per case', '8.00'],
      ['Flow efficiency', '—', 'working time ÷ cycle time', 'per case', '20%'],
    ]);
    const zh = tableAfter(buildSop(example('purchase-approval-to-be')), '9. ');
    expect(zh.rows[0]!.slice(0, 2)).toEqual(['申请到下单平均时长', '≤ 1 天']);
    expect(zh.rows.every((r) => !/\d\s*d\b/.test(r[1]!))).toBe(true);
    expect(zh.rows.find((r) => r[0] === '单件成本')![4]).toMatch(/^¥\d+\.\d\d$/);
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
    expect(rows(tree)).toEqual([]);
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
    expect(rows(tree).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      '1 __proto__',
      '2 constructor',
      '3 c',
    ]);
  });
});
