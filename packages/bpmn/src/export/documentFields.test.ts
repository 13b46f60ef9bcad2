import { describe, expect, it } from 'vitest';
import { build, parseProcess, type ProcessDocument } from '@flowsmith/model';
import { importBpmn } from '../import/importBpmn';
import { exportBpmn } from './exportBpmn';

const { processOf, start, end, task, chain, role } = build;

/** Every field of the model README's "document fields", on one small process. */
const doc: ProcessDocument = processOf('documented', {
  documentControl: {
    number: 'QP-PUR-001',
    version: 'A/1',
    effectiveDate: '2026-01-01',
    preparedBy: '采购部',
    reviewedBy: '财务部',
    approvedBy: '总经理',
    preparingDepartment: '采购部',
    departments: ['采购部', '财务部'],
  },
  relatedDocuments: [
    { number: 'QM-PUR-01', title: '《采购管理制度》' },
    { title: '授权审批权限表' },
  ],
  definitions: [{ term: '三单匹配', meaning: '订单、入库单与发票核对一致' }],
  roles: [
    { ...role('boss'), name: '采购经理', department: '采购部', jobCode: 'PUR-01', kind: 'person' },
    {
      ...role('clerk'),
      name: '采购专员',
      reportsTo: 'boss',
      purpose: '按时按质完成采购',
      qualifications: ['大专及以上', '两年采购经验'],
      permissions: ['审批 5 万元以下采购申请'],
    },
    { ...role('erp'), name: 'ERP', kind: 'system' },
    { ...role('vendor'), name: '供应商', kind: 'external' },
  ],
  data: [
    { id: 'po', name: '采购订单', form: { number: 'F02', keeper: '采购部', retention: '5 年' } },
  ],
  steps: [start(), task('buy', 'clerk', 5), end()],
  flows: chain('start', 'buy', 'end'),
});

describe('document fields through BPMN', () => {
  it('keeps document control, related documents, definitions, role and data fields', async () => {
    expect(parseProcess(doc).ok).toBe(true);
    const xml = await exportBpmn(doc);
    expect(xml).toContain('QP-PUR-001');
    const back = (await importBpmn(xml)).documents[0]!;
    expect(back.documentControl).toEqual(doc.documentControl);
    expect(back.relatedDocuments).toEqual(doc.relatedDocuments);
    expect(back.definitions).toEqual(doc.definitions);
    expect(back.roles).toEqual(doc.roles);
    expect(back.data).toEqual(doc.data);
  });
});
