import type { Lang } from '../messages/lang';
import { refusal, type Refusal, type RefusalCode } from '../messages/commandMessages';
import type { CollectionRecords } from '../patch/entry';
import type { ProcessDocument } from '../types/process';
import { applyChanges, type Changes } from './applyChanges';
import { checkRecord, type PlainCollection } from './checkRecord';
import { defineCommand, type Command } from './command';
import { checkNewId, findRecord, recordsOf } from './documentIds';
import { recordEntry, recordUpdate } from './recordEntry';

/** Parameters of the `*.add` commands of plain records: the record, appended or at `index`. */
export type AddParams<C extends PlainCollection> = { record: CollectionRecords[C]; index?: number };
/** Parameters of the `*.update` commands of plain records (`null` clears a field). */
export type UpdateParams<C extends PlainCollection> = {
  id: string;
  changes: Changes<Omit<CollectionRecords[C], 'id'>>;
};

const UNKNOWN: Record<PlainCollection, RefusalCode> = {
  roles: 'role.unknown',
  calendars: 'calendar.unknown',
  data: 'data.unknown',
  risks: 'risk.unknown',
  kpis: 'kpi.unknown',
};

/** The refusal for a missing record of `c`, or null if `id` exists. Pure. */
export function checkExists(
  doc: ProcessDocument,
  c: PlainCollection,
  id: string,
  lang?: Lang,
): Refusal | null {
  return findRecord(doc, c, id) ? null : refusal(UNKNOWN[c], { id }, lang);
}

/** A `noun.add` command for plain records of collection `c` (checked by `checkRecord`). */
export function addCommand<Id extends string, C extends PlainCollection>(
  id: Id,
  c: C,
): Command<Id, AddParams<C>> {
  return defineCommand({
    id,
    canExecute: (doc, { record }, lang) =>
      checkNewId(doc, record.id, lang) ?? checkRecord(doc, c, record, lang),
    execute(doc, { record, index }) {
      const length = recordsOf(doc, c).length;
      const at = index === undefined ? length : Math.max(0, Math.min(length, Math.trunc(index)));
      return { added: [recordEntry(c, at, record)], updated: [], removed: [] };
    },
  });
}

/** A `noun.update` command for plain records of collection `c`: the id cannot change. */
export function updateCommand<Id extends string, C extends PlainCollection>(
  id: Id,
  c: C,
): Command<Id, UpdateParams<C>> {
  return defineCommand({
    id,
    canExecute(doc, params, lang) {
      const found = findRecord(doc, c, params.id);
      if (!found) return checkExists(doc, c, params.id, lang);
      if (Object.prototype.hasOwnProperty.call(params.changes, 'id')) {
        return refusal('field.notAllowed', { id: params.id, field: 'id', type: c }, lang);
      }
      return checkRecord(doc, c, applyChanges(found.record, params.changes), lang);
    },
    execute(doc, { id: recordId, changes }) {
      const { index, record } = findRecord(doc, c, recordId)!;
      return {
        added: [],
        updated: [recordUpdate(c, index, record, applyChanges(record, changes))],
        removed: [],
      };
    },
  });
}

/** A `noun.remove` command for plain records nothing refers to (risks, KPIs). */
export function removeCommand<Id extends string, C extends PlainCollection>(
  id: Id,
  c: C,
): Command<Id, { id: string }> {
  return defineCommand({
    id,
    canExecute: (doc, params, lang) => checkExists(doc, c, params.id, lang),
    execute(doc, params) {
      const { index, record } = findRecord(doc, c, params.id)!;
      return { added: [], updated: [], removed: [recordEntry(c, index, record)] };
    },
  });
}
