/** What the case-data form holds: a text per condition name and a JSON object for the rest. */
export interface CaseDataForm {
  fields: Record<string, string>;
  json: string;
}

/** The result of reading the form: the case data, or why the JSON is not an object. */
export type CaseDataResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { kind: 'syntax'; message: string } | { kind: 'notObject' } };

/**
 * A field's value as the condition language reads it: a number when the text is one, `true` or
 * `false`, else the text itself; `undefined` for a blank field (the name stays unset). Pure.
 */
export function fieldValue(text: string): unknown {
  const s = text.trim();
  if (s === '') return undefined;
  if (s === 'true') return true;
  if (s === 'false') return false;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}

/**
 * The case data of a form: the JSON object (blank = none) with the named fields on top. Keys such
 * as `__proto__` become plain own properties, never the prototype. Pure.
 */
export function readCaseData(form: CaseDataForm): CaseDataResult {
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const text = form.json.trim();
  if (text !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: { kind: 'syntax', message: (e as Error).message } };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: { kind: 'notObject' } };
    }
    for (const [k, v] of Object.entries(parsed)) define(data, k, v);
  }
  for (const [k, v] of Object.entries(form.fields)) {
    const value = fieldValue(v);
    if (value !== undefined) define(data, k, value);
  }
  return { ok: true, data: { ...data } };
}

function define(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
