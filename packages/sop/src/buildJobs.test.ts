import { describe, expect, it } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { buildJobs } from './buildJobs';
import type { SopBlock } from './tree';

type Table = Extract<SopBlock, { type: 'table' }>;
const after = (blocks: SopBlock[], heading: string, from = 0) => {
  const at = blocks.findIndex((b, i) => i >= from && b.type === 'heading' && b.text === heading);
  if (at < 0) throw new Error(`no heading ${heading}`);
  return blocks[at + 1]!;
};
const tableAfter = (blocks: SopBlock[], heading: string, from = 0) =>
  after(blocks, heading, from) as Table;
/** Cells without step numbers ("6.2 fill" → "fill"): the numbering is the SOP's (SPEC.md), not tested here. */
const plain = (rows: string[][]) =>
  rows.map((row) =>
    row.map((cell) => cell.replace(/(^|[\s,→(、])\d+(?:\.\d+)*[a-z]? (?=\S)/g, '$1')),
  );
const texts = (blocks: SopBlock[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

/** doubleApproval with an office calendar, an organisation chart, a system and an outside party. */
const office: ProcessDocument = {
  ...gallery.doubleApproval,
  owner: 'manager',
  calendars: [
    {
      id: 'office',
      name: 'office hours',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    },
  ],
  roles: [
    {
      id: 'clerk',
      name: 'clerk',
      capacity: 2,
      calendar: 'office',
      reportsTo: 'manager',
      department: 'Purchasing',
      jobCode: 'PUR-02',
      qualifications: ['two years of purchasing'],
      permissions: ['place orders up to 5,000'],
    },
    { id: 'manager', name: 'manager', calendar: 'office', department: 'Purchasing' },
    { id: 'finance', name: 'ERP', kind: 'system' },
    { id: 'vendor', name: 'supplier', kind: 'external' },
  ],
  kpis: [
    { id: 'k1', name: 'cycle time', target: '≤ 2 d' },
    { id: 'k2', name: 'orders without fill errors', target: '≥ 98%' },
  ],
  steps: gallery.doubleApproval.steps.map((s) =>
    s.id === 'fill'
      ? { ...s, sla: { value: 2, unit: 'h' as const }, raci: { informed: ['vendor'] } }
      : s,
  ),
};

describe('buildJobs', () => {
  it('gives each duty its hours a week and share of a 40-hour week when the post has no calendar (mm1)', () => {
    // one case every 10 min around the clock → 1008 a week; 8 min each → 134.4 h a week
    const tree = buildJobs(gallery.mm1, { lang: 'en' });
    expect(tree.title).toBe('Job descriptions: mm1');
    const duties = tableAfter(tree.blocks, '3 Main duties');
    expect(plain(duties.rows)[0]).toEqual(['1', 'Handling the case', 'serve', '134.4', '336%']);
    expect(duties.rows.at(-1)).toEqual(['Total', '', '', '134.4', '336%']);
    expect(texts(tree.blocks)).toContain(
      'The post has no calendar, so shares are of a standard 40-hour week: 40 h a week per person × headcount 1 = 40 h a week.',
    );
    const warning = tree.blocks.find((b) => b.type === 'warning' && b.title === '3 Main duties');
    expect(warning).toMatchObject({ items: [expect.stringContaining('336%')] });
  });

  it("takes shares of the post's calendar × headcount and fills the rest with other work", () => {
    const blocks = buildJobs(office, { lang: 'en', role: 'clerk' }).blocks;
    // every 30 min around the clock → 336 cases a week × 10 min = 56 h; 2 × 40 h = 80 h
    expect(plain(tableAfter(blocks, '3 Main duties').rows)).toEqual([
      ['1', 'Handling the case', 'fill', '56', '70%'],
      ['2', 'Other work', 'work outside this process', '24', '30%'],
      ['Total', '', '', '80', '100%'],
    ]);
    expect(texts(blocks).some((t) => t.includes('"office hours"') && t.includes('= 80 h'))).toBe(
      true,
    );
  });

  it('fills the basic information: code, department, reports to, direct reports, headcount', () => {
    const clerk = tableAfter(
      buildJobs(office, { lang: 'zh-CN', role: 'clerk' }).blocks,
      '一、基本信息',
    );
    expect(clerk.header).toEqual(['岗位名称', 'clerk', '岗位编号', 'PUR-02']);
    expect(clerk.rows[0]).toEqual(['所属部门', 'Purchasing', '编制人数', '2 人']);
    expect(clerk.rows[1]).toEqual(['直接上级', 'manager', '直接下级', '—']);
    const manager = tableAfter(
      buildJobs(office, { lang: 'zh-CN', role: 'manager' }).blocks,
      '一、基本信息',
    );
    expect(manager.rows[1]).toEqual(['直接上级', '—', '直接下级', 'clerk']);
  });

  it('writes one job description per person; systems and outside parties are interfaces', () => {
    const tree = buildJobs(office, { lang: 'en' });
    const posts = tree.blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(posts).toEqual([
      'Job description: clerk',
      'Job description: manager',
      'Interfaces: systems and outside parties',
    ]);
    const table = tree.blocks.at(-1) as Table;
    expect(plain(table.rows)).toEqual([
      ['ERP', 'system', 'check, pay', 'manager'],
      ['supplier', 'outside party', '—', 'clerk'],
    ]);
  });

  it('derives working relationships from the handovers, RACI and systems', () => {
    const manager = buildJobs(office, { lang: 'en', role: 'manager' }).blocks;
    expect(plain(tableAfter(manager, '4 Working relationships').rows)).toEqual([
      ['Internal: receives from', 'clerk', 'fill → approve1'],
      ['System', 'ERP', 'check → approve2, approve1 → check, approve2 → pay'],
    ]);
    const clerk = buildJobs(office, { lang: 'en', role: 'clerk' }).blocks;
    expect(plain(tableAfter(clerk, '4 Working relationships').rows)).toEqual([
      ['Internal: hands over to', 'manager', 'fill → approve1'],
      ['External', 'supplier', 'informed of fill'],
    ]);
  });

  it('lists authorities (given and derived), qualifications and KPIs from the process', () => {
    const clerk = buildJobs(office, { lang: 'en', role: 'clerk' }).blocks;
    expect(after(clerk, '5 Authorities')).toEqual({
      type: 'list',
      ordered: false,
      items: ['place orders up to 5,000'],
    });
    expect(after(clerk, '6 Qualifications')).toMatchObject({ items: ['two years of purchasing'] });
    // the SLA of its step, and the KPI that names what it does ("fill")
    const kpis = tableAfter(clerk, '7 Performance indicators').rows;
    expect(kpis.map((r) => r[0]!.replace(/step \S+ /, 'step N '))).toEqual([
      'Time to finish step N (fill)',
      'orders without fill errors',
    ]);
    expect(kpis.map((r) => r.slice(1))).toEqual([
      ['≤ 2 h', 'step time limit'],
      ['≥ 98%', 'process KPI'],
    ]);
    const manager = buildJobs(office, { lang: 'en', role: 'manager' }).blocks;
    const authorities = after(manager, '5 Authorities') as Extract<SopBlock, { type: 'list' }>;
    expect(plain([authorities.items])).toEqual([['Approves: approve1, approve2']]);
    expect(after(manager, '6 Qualifications')).toEqual({
      type: 'paragraph',
      text: 'Not filled in yet (role field in the process).',
    });
    expect(tableAfter(manager, '7 Performance indicators').rows.map((r) => r[2])).toEqual([
      'process KPI (the post owns the process)',
      'process KPI (the post owns the process)',
    ]);
  });

  it('ends each description with a signature block, in Chinese', () => {
    const blocks = buildJobs(office, { lang: 'zh-CN', role: 'clerk' }).blocks;
    expect(tableAfter(blocks, '八、签字确认')).toMatchObject({
      header: ['编制', '审核', '批准', '任职者'],
      rows: [Array(4).fill('签字：'), Array(4).fill('日期：')],
    });
    expect(tableAfter(blocks, '三、主要职责').header).toContain('占比');
  });

  it('describes a system asked for by --role as an interface, and refuses an unknown role', () => {
    const tree = buildJobs(office, { lang: 'en', role: 'finance' });
    expect(
      tree.blocks.some(
        (b) => b.type === 'heading' && b.level === 2 && b.text.startsWith('Job description'),
      ),
    ).toBe(false);
    expect((tree.blocks.at(-1) as Table).rows).toHaveLength(1);
    expect(() => buildJobs(gallery.mm1, { role: 'nobody' })).toThrow(RangeError);
  });

  it('says so when the process has no arrival rate', () => {
    const tree = buildJobs(gallery.deadlockAfterXor, { lang: 'en' });
    expect(tableAfter(tree.blocks, '3 Main duties').rows[0]![3]).toBe('—');
    expect(texts(tree.blocks)).toContain(
      'The process has no arrival rate, so the hours and shares of its duties are not known.',
    );
  });
});

describe('buildJobs on a document without role kinds', () => {
  it('treats a role whose every task is a system task as a system', () => {
    // doubleApproval: finance does check (review) and pay (system), so it stays a person
    const doc: ProcessDocument = {
      ...gallery.doubleApproval,
      roles: [...gallery.doubleApproval.roles, { id: 'erp', name: 'ERP' }],
      steps: gallery.doubleApproval.steps.map((s) => (s.id === 'pay' ? { ...s, role: 'erp' } : s)),
    };
    const tree = buildJobs(doc, { lang: 'en' });
    const posts = tree.blocks.flatMap((b) =>
      b.type === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(posts).toEqual([
      'Job description: clerk',
      'Job description: manager',
      'Job description: finance',
      'Interfaces: systems and outside parties',
    ]);
    expect((tree.blocks.at(-1) as Table).rows.map((r) => r.slice(0, 2))).toEqual([
      ['ERP', 'system'],
    ]);
  });
});
