import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

const doc: ProcessDocument = {
  ...gallery.sequence3,
  roles: [
    { id: 'boss', name: '采购经理', department: '采购部' },
    { id: 'lead', name: '采购主管', reportsTo: 'boss' },
    { ...gallery.sequence3.roles[0]!, reportsTo: 'lead' },
  ],
  data: [{ id: 'po', name: '采购单' }],
};

describe('process.update: document control, related documents, definitions', () => {
  it('sets and clears them as header fields, undoably', () => {
    const { document } = expectRoundTrip(doc, {
      id: 'process.update',
      params: {
        changes: {
          documentControl: { number: 'QP-PUR-001', effectiveDate: '2026-03-01' },
          relatedDocuments: [{ title: '《采购管理制度》' }],
          definitions: [{ term: 'SRM', meaning: '供应商关系管理系统' }],
        },
      },
    });
    expect(document.documentControl?.number).toBe('QP-PUR-001');
    const cleared = expectRoundTrip(document, {
      id: 'process.update',
      params: { changes: { definitions: null } },
    });
    expect(cleared.document.definitions).toBeUndefined();
  });

  it('refuses an effective date that is not a real date, naming the field', () => {
    expectRefusal(
      doc,
      {
        id: 'process.update',
        params: { changes: { documentControl: { effectiveDate: '2026-13-01' } } },
      },
      'value.invalid',
      'documentControl.effectiveDate',
    );
    expectRefusal(
      doc,
      { id: 'process.update', params: { changes: { definitions: [{ term: 'x' } as never] } } },
      'value.invalid',
      'definitions[0]',
    );
  });
});

describe('role fields', () => {
  it('role.update sets department, kind, qualifications, permissions and reportsTo', () => {
    const { document } = expectRoundTrip(doc, {
      id: 'role.update',
      params: {
        id: 'clerk',
        changes: {
          kind: 'person',
          jobCode: 'PUR-03',
          qualifications: ['大专'],
          permissions: ['询价'],
          reportsTo: 'boss',
        },
      },
    });
    expect(document.roles[2]!.reportsTo).toBe('boss');
  });

  it('refuses a reports-to line back to the role, an unknown role and an unknown kind', () => {
    expectRefusal(
      doc,
      { id: 'role.update', params: { id: 'boss', changes: { reportsTo: 'clerk' } } },
      'role.reportsToCycle',
      'boss → clerk → lead → boss',
    );
    expectRefusal(
      doc,
      { id: 'role.update', params: { id: 'boss', changes: { reportsTo: 'boss' } } },
      'role.reportsToCycle',
    );
    expectRefusal(
      doc,
      { id: 'role.update', params: { id: 'boss', changes: { reportsTo: 'ghost' } } },
      'role.unknown',
      'ghost',
    );
    expectRefusal(
      doc,
      { id: 'role.add', params: { record: { id: 'erp', name: 'ERP', kind: 'machine' as never } } },
      'value.invalid',
      'kind',
    );
  });

  it('role.remove moves reports to reassignTo, or clears them', () => {
    const clears = expectRoundTrip(doc, { id: 'role.remove', params: { id: 'boss' } });
    expect(clears.document.roles[0]).toEqual({ id: 'lead', name: '采购主管' });
    const moves = expectRoundTrip(doc, {
      id: 'role.remove',
      params: { id: 'lead', reassignTo: 'boss' },
    });
    expect(moves.document.roles[1]!.reportsTo).toBe('boss');
  });
});

describe('data form', () => {
  it('data.update sets the form and refuses a field it does not have', () => {
    const { document } = expectRoundTrip(doc, {
      id: 'data.update',
      params: { id: 'po', changes: { form: { number: 'F01', keeper: 'boss', retention: '5 年' } } },
    });
    expect(document.data![0]!.form?.retention).toBe('5 年');
    expectRefusal(
      doc,
      { id: 'data.update', params: { id: 'po', changes: { form: { shelf: 'A' } as never } } },
      'value.invalid',
      'form.shelf',
    );
  });
});
