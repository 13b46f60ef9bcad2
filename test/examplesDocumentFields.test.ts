/**
 * The "Document fields" paragraph of examples/README.md, checked: every example is a controlled
 * document with people, systems and outside parties told apart and its records kept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityOf } from '@flowsmith/analysis';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';

const dir = join(import.meta.dirname, '..', 'examples');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.flow.json'))
  .map((file) => {
    const result = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.ok) throw new Error(`${file}: ${result.problems[0]!.message}`);
    return [file, result.document] as [string, ProcessDocument];
  });

describe('examples: document fields', () => {
  it.each(examples)('%s is a controlled document', (_file, doc) => {
    const control = doc.documentControl!;
    expect(control.number).toMatch(/^[A-Z]+-[A-Z0-9]+-\d{3}$/);
    for (const key of [
      'version',
      'effectiveDate',
      'preparedBy',
      'reviewedBy',
      'approvedBy',
    ] as const)
      expect(control[key]).toBeTruthy();
    expect(control.departments!.length).toBeGreaterThan(0);
    expect(doc.relatedDocuments!.length).toBeGreaterThan(0);
    expect(doc.definitions!.length).toBeGreaterThan(0);
  });

  it.each(examples)(
    '%s: every role has a kind; people have a department, purpose and more',
    (_file, doc) => {
      for (const role of doc.roles) {
        expect(role.kind).toBeDefined();
        if (role.kind !== 'person') continue;
        expect(role.department).toBeTruthy();
        expect(role.jobCode).toBeTruthy();
        expect(role.purpose).toBeTruthy();
        expect(role.qualifications!.length).toBeGreaterThan(0);
        expect(role.permissions!.length).toBeGreaterThan(0);
      }
      // the lanes of system work are systems
      for (const role of doc.roles.filter((r) => /系统|system|tool/i.test(r.name)))
        expect(role.kind).toBe('system');
      for (const data of doc.data ?? []) expect(data.form?.retention).toBeTruthy();
    },
  );

  it.each(examples)(
    '%s: the process owner (流程负责人) is a manager-level person',
    (_file, doc) => {
      const owner = doc.roles.find((r) => r.id === doc.owner);
      expect(owner, 'owner names a role').toBeDefined();
      expect(owner!.kind ?? 'person').toBe('person');
      // 2 = supervisor (主管), the lowest level that leads people (analysis judgement/authorityOf)
      expect(authorityOf(owner), owner!.name).toBeGreaterThanOrEqual(2);
      // a lane of its own with no step would be an empty band in the SOP's flowchart
      expect(doc.steps.some((s) => s.type === 'task' && s.role === owner!.id)).toBe(true);
    },
  );

  it.each(examples)('%s: every KPI has a target, a formula and a period', (_file, doc) => {
    expect(doc.kpis!.length).toBeGreaterThan(0);
    for (const kpi of doc.kpis!) {
      expect(kpi.target, kpi.id).toBeTruthy();
      expect(kpi.formula, kpi.id).toBeTruthy();
      expect(kpi.period, kpi.id).toBeTruthy();
    }
  });

  it('names the document numbers and reporting lines the README names', () => {
    const byId = new Map(examples.map(([, d]) => [d.id, d]));
    expect(byId.get('purchase-approval-as-is')!.documentControl!.number).toBe('QP-PUR-001');
    const toBe = byId.get('purchase-approval-to-be')!;
    expect(toBe.documentControl!.number).toBe('QP-PUR-001');
    expect(toBe.relatedDocuments!.map((r) => r.title)).toEqual(
      expect.arrayContaining(['《采购管理制度》', '《授权审批权限表》']),
    );
    expect(toBe.definitions!.map((d) => d.term)).toEqual(
      expect.arrayContaining(['三单匹配', 'SRM']),
    );
    expect(toBe.roles.find((r) => r.id === 'requester')!.kind).toBe('external');
    for (const id of ['deptManager', 'purchaser', 'warehouse', 'finance'])
      expect(toBe.roles.find((r) => r.id === id)!.reportsTo).toBe('gm');
    const expense = byId.get('expense-reimbursement-as-is')!;
    for (const id of ['accountant', 'cashier'])
      expect(expense.roles.find((r) => r.id === id)!.reportsTo).toBe('financeManager');
  });
});
