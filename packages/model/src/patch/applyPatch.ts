import type { ProcessDocument } from '../types/process';
import { assignTopLevel } from './assignTopLevel';
import {
  HEADER_KEYS,
  OPTIONAL_COLLECTIONS,
  readHeader,
  type CollectionName,
  type Entry,
  type RecordEntry,
} from './entry';
import { isEmptyPatch, type Patch } from './patch';
import { PatchConflictError } from './PatchConflictError';
import { recordsEqual } from './recordsEqual';

type AnyRecord = RecordEntry['record'];

function asRecordEntry(entry: Entry, role: string): RecordEntry {
  if (entry.collection === 'header') {
    throw new PatchConflictError('header', `the header can only be updated, not ${role}`);
  }
  return entry;
}

/**
 * Applies `patch` to `doc` and returns the new document. Pure: `doc` is never mutated and
 * untouched collections and records are shared. Removals run by descending index, then updates
 * by id, then additions by ascending index; an optional collection left empty is dropped.
 * Throws {@link PatchConflictError} when the patch does not fit (a removed or updated record is
 * not what the document holds, an index is out of range, an added id already exists).
 */
export function applyPatch(doc: ProcessDocument, patch: Patch): ProcessDocument {
  if (isEmptyPatch(patch)) return doc;
  const work = new Map<CollectionName, AnyRecord[]>();
  const list = (c: CollectionName): AnyRecord[] => {
    let records = work.get(c);
    if (!records) {
      records = [...((doc[c] as AnyRecord[] | undefined) ?? [])];
      work.set(c, records);
    }
    return records;
  };

  const removals = patch.removed.map((e) => asRecordEntry(e, 'removed'));
  removals.sort((a, b) => b.index - a.index);
  const seen = new Set<string>();
  for (const entry of removals) {
    const where = `${entry.collection}[${entry.index}]`;
    if (seen.has(where)) throw new PatchConflictError(where, 'removed twice');
    seen.add(where);
    const records = list(entry.collection);
    if (!recordsEqual(records[entry.index], entry.record)) {
      throw new PatchConflictError(
        where,
        `it does not hold "${entry.record.id}" as the patch expects`,
      );
    }
    records.splice(entry.index, 1);
  }

  let header = undefined as ReturnType<typeof readHeader> | undefined;
  const positions = new Map<CollectionName, Map<string, number>>();
  for (const [before, after] of patch.updated) {
    if (before.collection === 'header' || after.collection === 'header') {
      if (before.collection !== 'header' || after.collection !== 'header') {
        throw new PatchConflictError('header', 'an update must not change the kind of record');
      }
      const current = header ?? readHeader(doc);
      if (!recordsEqual(current, before.header)) {
        throw new PatchConflictError('header', 'the header is not what the patch expects');
      }
      header = after.header;
      continue;
    }
    const where = `${before.collection}#${before.record.id}`;
    if (after.collection !== before.collection || after.record.id !== before.record.id) {
      throw new PatchConflictError(where, 'an update must keep the collection and the id');
    }
    const records = list(before.collection);
    let byId = positions.get(before.collection);
    if (!byId) {
      byId = new Map(records.map((r, i) => [r.id, i]));
      positions.set(before.collection, byId);
    }
    const at = byId.get(before.record.id);
    if (at === undefined) throw new PatchConflictError(where, 'no such record to update');
    if (!recordsEqual(records[at], before.record)) {
      throw new PatchConflictError(where, 'the record is not what the patch expects (stale patch)');
    }
    records[at] = after.record;
  }

  const additions = patch.added.map((e) => asRecordEntry(e, 'added'));
  additions.sort((a, b) => a.index - b.index);
  const ids = new Map<CollectionName, Set<string>>();
  for (const entry of additions) {
    const records = list(entry.collection);
    const where = `${entry.collection}[${entry.index}]`;
    if (!Number.isInteger(entry.index) || entry.index < 0 || entry.index > records.length) {
      throw new PatchConflictError(where, `index out of range 0..${records.length}`);
    }
    let taken = ids.get(entry.collection);
    if (!taken) {
      taken = new Set(records.map((r) => r.id));
      ids.set(entry.collection, taken);
    }
    if (taken.has(entry.record.id)) {
      throw new PatchConflictError(where, `id "${entry.record.id}" already exists`);
    }
    taken.add(entry.record.id);
    records.splice(entry.index, 0, entry.record);
  }

  const values = new Map<string, unknown>();
  for (const [c, records] of work) {
    values.set(c, records.length === 0 && OPTIONAL_COLLECTIONS.has(c) ? undefined : records);
  }
  if (header) {
    const next = header as Record<string, unknown>;
    for (const key of HEADER_KEYS) values.set(key, next[key]);
  }
  return assignTopLevel(doc, values);
}
