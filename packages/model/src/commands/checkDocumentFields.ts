import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import { childPath } from '../parse/jsonPath';
import {
  parseDataForm,
  parseDefinition,
  parseDocumentControl,
  parseRelatedDocument,
} from '../parse/parseDocumentFields';
import { parseRole } from '../parse/parseRole';
import { ProblemCollector } from '../parse/ProblemCollector';
import type { ProcessDocument } from '../types/process';
import type { Role } from '../types/role';
import { recordsOf } from './documentIds';

type Reader = (c: ProblemCollector, value: unknown, path: string) => unknown;

/** The path of the first problem `read` finds in `value` at `path`, or null. Pure. */
function firstProblem(read: Reader, value: unknown, path: string): string | null {
  const c = new ProblemCollector('en');
  read(c, value, path);
  return c.problems[0] ? c.problems[0].path || path : null;
}

/** `first problem` over a list whose items `read` reads. Pure. */
function listProblem(read: Reader, value: unknown, path: string): string | null {
  if (!Array.isArray(value)) return path;
  for (let i = 0; i < value.length; i++) {
    const bad = firstProblem(read, value[i], childPath(path, i));
    if (bad) return bad;
  }
  return null;
}

/**
 * The refusal for the document fields among a `process.update`'s changes — `documentControl`,
 * `relatedDocuments`, `definitions` — read by the same rules as the parser (effective date a real
 * date, titles, terms and meanings present); `value.invalid` names the first wrong path. Pure.
 */
export function checkHeaderDocumentFields(
  doc: ProcessDocument,
  changes: Record<string, unknown>,
  lang?: Lang,
): Refusal | null {
  const bad = (field: string) => refusal('value.invalid', { id: doc.id, field }, lang);
  const control = changes.documentControl;
  if (control != null) {
    const at = firstProblem(parseDocumentControl, control, 'documentControl');
    if (at) return bad(at);
  }
  for (const [key, read] of [
    ['relatedDocuments', parseRelatedDocument],
    ['definitions', parseDefinition],
  ] as const) {
    if (changes[key] == null) continue;
    const at = listProblem(read, changes[key], key);
    if (at) return bad(at);
  }
  return null;
}

/**
 * The refusal for a role's organisation fields as it would be stored in `doc`: types and the
 * `kind` vocabulary as the parser reads them, `reportsTo` an existing other role whose chain
 * never comes back to this one (`role.reportsToCycle`). Null when fine. Pure.
 */
export function checkRoleDocumentFields(
  doc: ProcessDocument,
  role: Role,
  lang?: Lang,
): Refusal | null {
  const at = firstProblem(parseRole, role, '');
  if (at) return refusal('value.invalid', { id: role.id, field: at }, lang);
  if (role.reportsTo === undefined) return null;
  const roles = new Map(recordsOf(doc, 'roles').map((r) => [r.id, r]));
  roles.set(role.id, role);
  if (!roles.has(role.reportsTo)) return refusal('role.unknown', { id: role.reportsTo }, lang);
  const chain = [role.id];
  for (let next: string | undefined = role.reportsTo; next !== undefined;) {
    if (next === role.id) {
      return refusal(
        'role.reportsToCycle',
        { id: role.id, chain: [...chain, next].join(' → ') },
        lang,
      );
    }
    if (chain.includes(next)) return null; // an older cycle above, not this role's doing
    chain.push(next);
    next = roles.get(next)?.reportsTo;
  }
  return null;
}

/** The refusal for a data object's `form` (表单编号, 保存部门, 保存期限: strings). Pure. */
export function checkDataForm(id: string, form: unknown, lang?: Lang): Refusal | null {
  if (form === undefined) return null;
  const at = firstProblem(parseDataForm, form, 'form');
  return at ? refusal('value.invalid', { id, field: at }, lang) : null;
}
