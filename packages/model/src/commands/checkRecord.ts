import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import type { CollectionName, CollectionRecords } from '../patch/entry';
import type { ProcessDocument } from '../types/process';
import { WEEKDAYS } from '../types/calendar';
import { MAX_ROLE_CAPACITY } from '../types/role';
import { checkDataForm, checkRoleDocumentFields } from './checkDocumentFields';
import {
  checkSimulationCalendar,
  checkSimulationRole,
  roleHasSimulationFields,
} from './checkSimulationRecord';
import { isName, recordsOf } from './documentIds';
import { RECORD_FIELDS } from '../types/recordFields';
import { minutesOfDay } from '../parse/parseCalendar';

export { RECORD_FIELDS } from '../types/recordFields';

/** The collections whose records {@link checkRecord} checks. */
export type PlainCollection = keyof typeof RECORD_FIELDS;

const TYPE_NAMES: Record<PlainCollection, string> = {
  roles: 'role',
  calendars: 'calendar',
  data: 'data object',
  risks: 'risk',
  kpis: 'KPI',
};
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$/;

/**
 * The refusal for `record` as it would be stored in collection `c` of `doc`: only known fields,
 * a name (but calendars, whose name is optional), sensible numbers, and references to existing
 * calendars and steps. Null when fine. Pure.
 */
export function checkRecord<C extends PlainCollection>(
  doc: ProcessDocument,
  c: C,
  record: CollectionRecords[C],
  lang?: Lang,
): Refusal | null {
  const id = record.id;
  const allowed: readonly string[] = RECORD_FIELDS[c];
  for (const field of Object.keys(record)) {
    if (!allowed.includes(field))
      return refusal('field.notAllowed', { id, field, type: TYPE_NAMES[c] }, lang);
  }
  const fields = record as unknown as Record<string, unknown>;
  if (c !== 'calendars' && !isName(fields.name)) return refusal('name.empty', { id }, lang);
  const bad = (field: string) => refusal('value.invalid', { id, field }, lang);
  if (c === 'roles') {
    const { capacity, costPerHour, calendar, authority } = fields;
    if (capacity !== undefined && !(Number.isInteger(capacity) && (capacity as number) >= 1))
      return bad('capacity');
    if (typeof capacity === 'number' && capacity > MAX_ROLE_CAPACITY)
      return refusal('capacity.tooLarge', { id, value: capacity, max: MAX_ROLE_CAPACITY }, lang);
    if (authority !== undefined && !(Number.isInteger(authority) && (authority as number) >= 1))
      return bad('authority');
    if (costPerHour !== undefined && !(typeof costPerHour === 'number' && costPerHour >= 0))
      return bad('costPerHour');
    if (calendar !== undefined && !recordsOf(doc, 'calendars').some((k) => k.id === calendar)) {
      return refusal('calendar.unknown', { id: String(calendar) }, lang);
    }
    const role = record as CollectionRecords['roles'];
    if (roleHasSimulationFields(role)) {
      const problem = checkSimulationRole(doc, role, lang);
      if (problem) return problem;
    }
    const organisation = checkRoleDocumentFields(doc, role, lang);
    if (organisation) return organisation;
  }
  if (c === 'data') {
    const form = checkDataForm(id, fields.form, lang);
    if (form) return form;
  }
  if (c === 'calendars') {
    const week = fields.week;
    const ok =
      Array.isArray(week) &&
      week.every(
        (w: { days?: unknown; from?: unknown; to?: unknown }) =>
          Array.isArray(w.days) &&
          w.days.every((d) => WEEKDAYS.includes(d)) &&
          typeof w.from === 'string' &&
          typeof w.to === 'string' &&
          TIME.test(w.from) &&
          TIME.test(w.to) &&
          minutesOfDay(w.from)! < minutesOfDay(w.to)!,
      );
    if (!ok) return bad('week');
    const problem = checkSimulationCalendar(doc, record as CollectionRecords['calendars'], lang);
    if (problem) return problem;
  }
  if (c === 'kpis') {
    const text = (['target', 'formula', 'period'] as const).find(
      (f) => fields[f] !== undefined && typeof fields[f] !== 'string',
    );
    if (text) return bad(text);
  }
  if (c === 'risks' && fields.steps !== undefined) {
    if (!Array.isArray(fields.steps)) return bad('steps');
    const steps = new Set(recordsOf(doc, 'steps').map((s) => s.id));
    const missing = (fields.steps as unknown[]).find((s) => !steps.has(s as string));
    if (missing !== undefined) return refusal('step.unknown', { id: String(missing) }, lang);
  }
  return null;
}

/** `checkRecord` for roles (used where roles arrive with other elements). Pure. */
export function checkRole(
  doc: ProcessDocument,
  role: CollectionRecords['roles'],
  lang?: Lang,
): Refusal | null {
  return checkRecord(doc, 'roles', role, lang);
}

/** Whether `c` is a collection {@link checkRecord} knows. */
export function isPlainCollection(c: CollectionName): c is PlainCollection {
  return c in RECORD_FIELDS;
}
