import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { parseProcess } from './parseProcess';

const base = gallery.sequence3;
const withFields = {
  ...base,
  documentControl: {
    number: 'QP-PUR-001',
    version: 'A/1',
    effectiveDate: '2026-01-01',
    preparedBy: '采购部',
    departments: ['采购部', '财务部'],
  },
  relatedDocuments: [{ number: 'QM-001', title: '《采购管理制度》' }, { title: '授权审批权限表' }],
  definitions: [{ term: '三单匹配', meaning: '订单、入库单、发票三者核对一致' }],
  roles: [
    {
      id: 'boss',
      name: '采购经理',
      department: '采购部',
      jobCode: 'PUR-M-01',
      kind: 'person',
    },
    {
      ...base.roles[0]!,
      reportsTo: 'boss',
      purpose: '执行采购',
      qualifications: ['大专及以上'],
      permissions: ['审批 5 万元以下采购申请'],
    },
  ],
  data: [
    { id: 'po', name: '采购单', form: { number: 'F01', keeper: '采购部', retention: '5 年' } },
  ],
};

describe('document fields (model README "Fields beyond FORMAT.md")', () => {
  it('reads every field, keeps them in canonical order and parses its own output the same', () => {
    const result = parseProcess(withFields);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const keys = Object.keys(result.document);
    expect(keys.indexOf('documentControl')).toBeLessThan(keys.indexOf('roles'));
    expect(result.document.roles[1]!.reportsTo).toBe('boss');
    expect(result.document.data![0]!.form).toEqual({
      number: 'F01',
      keeper: '采购部',
      retention: '5 年',
    });
    const again = parseProcess(result.document);
    expect(again.ok && JSON.stringify(again.document)).toBe(JSON.stringify(result.document));
  });

  it.each([
    [
      'documentControl.effectiveDate',
      { ...withFields, documentControl: { effectiveDate: '2026-02-30' } },
      'date.syntax',
    ],
    [
      'documentControl.departments[0]',
      { ...withFields, documentControl: { departments: [3] } },
      'field.type',
    ],
    ['documentControl.numbr', { ...withFields, documentControl: { numbr: 'x' } }, 'field.unknown'],
    [
      'relatedDocuments[0]',
      { ...withFields, relatedDocuments: [{ number: 'x' }] },
      'field.required',
    ],
    ['definitions[0]', { ...withFields, definitions: [{ term: 'x' }] }, 'field.required'],
    [
      'data[0].form.retention',
      { ...withFields, data: [{ id: 'po', name: 'p', form: { retention: 5 } }] },
      'field.type',
    ],
    [
      'roles[0].kind',
      { ...withFields, roles: [{ id: 'clerk', name: 'c', kind: 'robot' }] },
      'field.enum',
    ],
    [
      'roles[0].reportsTo',
      { ...withFields, roles: [{ id: 'clerk', name: 'c', reportsTo: 'nobody' }] },
      'reference.missing',
    ],
    [
      'roles[0].qualifications',
      { ...withFields, roles: [{ id: 'clerk', name: 'c', qualifications: 'x' }] },
      'field.type',
    ],
  ])('%s: reports %s', (path, input, code) => {
    const result = parseProcess(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toContainEqual([path, code]);
  });

  it('reports a reporting line that comes back to a role, once per cycle, in en and zh-CN', () => {
    const roles = [
      { id: 'a', name: 'A', reportsTo: 'b' },
      { id: 'b', name: 'B', reportsTo: 'a' },
      { id: 'c', name: 'C', reportsTo: 'a' },
      { id: 'clerk', name: 'self', reportsTo: 'clerk' },
    ];
    const en = parseProcess({ ...base, roles });
    expect(en.ok).toBe(false);
    if (en.ok) return;
    const cycles = en.problems.filter((p) => p.code === 'reportsTo.cycle');
    expect(cycles.map((p) => p.path)).toEqual(['roles[0].reportsTo', 'roles[3].reportsTo']);
    expect(cycles[0]!.message).toContain('a → b → a');
    const zh = parseProcess({ ...base, roles }, { lang: 'zh-CN' });
    expect(!zh.ok && zh.problems.find((p) => p.code === 'reportsTo.cycle')!.message).toContain(
      '循环',
    );
  });
});
