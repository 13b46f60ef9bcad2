import type {
  DataForm,
  Definition,
  DocumentControl,
  RelatedDocument,
} from '../types/documentFields';
import type { Role } from '../types/role';
import { childPath } from './jsonPath';
import { ObjectReader } from './ObjectReader';
import { isDate } from './dates';
import type { ProblemCollector } from './ProblemCollector';

/** Reads `documentControl`: strings, `effectiveDate` a real `YYYY-MM-DD` date, `departments` strings. */
export function parseDocumentControl(
  c: ProblemCollector,
  value: unknown,
  path: string,
): DocumentControl | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(
    [
      'number',
      'version',
      'effectiveDate',
      'preparedBy',
      'reviewedBy',
      'approvedBy',
      'preparingDepartment',
      'departments',
    ],
    'the document control',
  );
  const control: DocumentControl = {};
  for (const key of ['number', 'version'] as const) {
    const v = r.string(key);
    if (v !== undefined) control[key] = v;
  }
  const date = r.string('effectiveDate');
  if (date !== undefined) {
    if (isDate(date)) control.effectiveDate = date;
    else c.report(r.at('effectiveDate'), 'date.syntax', { value: date });
  }
  for (const key of ['preparedBy', 'reviewedBy', 'approvedBy', 'preparingDepartment'] as const) {
    const v = r.string(key);
    if (v !== undefined) control[key] = v;
  }
  const departments = r.stringList('departments');
  if (departments !== undefined) control.departments = [...departments];
  return control;
}

/** Reads one related document (相关文件): a required `title`, an optional `number`. */
export function parseRelatedDocument(
  c: ProblemCollector,
  value: unknown,
  path: string,
): RelatedDocument | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['number', 'title'], 'a related document');
  const number = r.string('number');
  const title = r.string('title', true);
  if (title === undefined) return undefined;
  return { ...(number !== undefined && { number }), title };
}

/** Reads one definition (定义): a required `term` and `meaning`. */
export function parseDefinition(
  c: ProblemCollector,
  value: unknown,
  path: string,
): Definition | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['term', 'meaning'], 'a definition');
  const term = r.string('term', true);
  const meaning = r.string('meaning', true);
  if (term === undefined || meaning === undefined) return undefined;
  return { term, meaning };
}

/** Reads a data object's `form` (表单编号, 保存部门, 保存期限), all strings. */
export function parseDataForm(
  c: ProblemCollector,
  value: unknown,
  path: string,
): DataForm | undefined {
  const r = ObjectReader.open(c, value, path);
  if (!r) return undefined;
  r.rejectUnknown(['number', 'keeper', 'retention'], 'a data form');
  const form: DataForm = {};
  for (const key of ['number', 'keeper', 'retention'] as const) {
    const v = r.string(key);
    if (v !== undefined) form[key] = v;
  }
  return form;
}

/**
 * Reports every role whose `reportsTo` chain comes back to it (itself included): an organisation
 * chart is a tree. Each cycle is reported once, on its first role in document order, with the
 * chain written out. Missing ids are the reference check's job and end a chain here.
 */
export function checkReportsTo(
  c: ProblemCollector,
  roles: readonly (Role | undefined)[],
  path: string,
): void {
  const byId = new Map<string, Role>();
  for (const role of roles) if (role) byId.set(role.id, role);
  const reported = new Set<string>();
  roles.forEach((role, i) => {
    if (!role?.reportsTo || reported.has(role.id)) return;
    const chain = [role.id];
    let next: string | undefined = role.reportsTo;
    while (next !== undefined && byId.has(next)) {
      if (next === role.id) {
        chain.forEach((id) => reported.add(id));
        c.report(childPath(childPath(path, i), 'reportsTo'), 'reportsTo.cycle', {
          chain: [...chain, role.id].join(' → '),
        });
        return;
      }
      if (chain.includes(next)) return; // a cycle further up, reported on its own first role
      chain.push(next);
      next = byId.get(next)!.reportsTo;
    }
  });
}
