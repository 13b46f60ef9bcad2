import { applyChanges, type Changes } from '../commands/applyChanges';
import { findRecord } from '../commands/documentIds';
import { recordEntry, recordUpdate } from '../commands/recordEntry';
import { readHeader, type CollectionName, type ProcessHeader } from '../patch/entry';
import type { Patch } from '../patch/patch';
import type { ProcessDocument } from '../types/process';

/** The patch that sets the header fields `changes` of `doc` (`null` clears one). Pure. */
export function headerPatch(
  doc: ProcessDocument,
  changes: Changes<Omit<ProcessHeader, 'name'>>,
): Patch {
  const before = readHeader(doc);
  const after = applyChanges(before, changes);
  return {
    added: [],
    updated: [
      [
        { collection: 'header', header: before },
        { collection: 'header', header: after },
      ],
    ],
    removed: [],
  };
}

/** The patch that appends `record` to collection `c` of `doc`. Pure. */
export function appendPatch<C extends CollectionName>(
  doc: ProcessDocument,
  c: C,
  record: Parameters<typeof recordEntry<C>>[2],
): Patch {
  const length = ((doc[c] as unknown[] | undefined) ?? []).length;
  return { added: [recordEntry(c, length, record)], updated: [], removed: [] };
}

/** The patch that changes the record `id` of `c` (it must exist; `null` clears a field). Pure. */
export function updatePatch<C extends CollectionName>(
  doc: ProcessDocument,
  c: C,
  id: string,
  changes: object,
): Patch {
  const { index, record } = findRecord(doc, c, id)!;
  return {
    added: [],
    updated: [recordUpdate(c, index, record, applyChanges(record, changes))],
    removed: [],
  };
}
