import {
  recordsEqual,
  type CollectionName,
  type Entry,
  type Patch,
  type RecordEntry,
} from '@flowsmith/model';
import * as Y from 'yjs';
import { recordToYMap } from './writeProcessToYDoc';
import { collectionMap, HEADER_MAP, orderedEntries } from './yDocShape';

/** The order for a record placed between `before` and `after` (either may be missing). Pure. */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

function setChangedFields(fields: Y.Map<unknown>, before: object, after: object): void {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (a[key] === undefined && b[key] !== undefined) fields.delete(key);
  }
  for (const [key, value] of Object.entries(a)) {
    if (value !== undefined && !recordsEqual(b[key], value)) fields.set(key, value);
  }
}

function recordEntries(entries: readonly Entry[]): RecordEntry[] {
  return entries.filter((e): e is RecordEntry => e.collection !== 'header');
}

/**
 * Writes `patch` into `ydoc` as one transaction with `origin`: removed records are deleted by id,
 * an update sets only the fields it changes (so a concurrent change to another field of the same
 * record survives), added records go between their neighbours at the patch's index. The patch
 * is not checked against the Y.Doc: the editor made it from its own document, which mirrors it.
 */
export function applyPatchToYDoc(ydoc: Y.Doc, patch: Patch, origin: unknown): void {
  ydoc.transact(() => {
    for (const entry of recordEntries(patch.removed)) {
      collectionMap(ydoc, entry.collection).delete(entry.record.id);
    }
    for (const [before, after] of patch.updated) {
      if (before.collection === 'header' || after.collection === 'header') {
        if (before.collection !== 'header' || after.collection !== 'header') continue;
        const header = ydoc.getMap<unknown>(HEADER_MAP);
        const keys = new Set([...Object.keys(before.header), ...Object.keys(after.header)]);
        const b = before.header as Record<string, unknown>;
        const a = after.header as Record<string, unknown>;
        for (const key of keys) {
          if (a[key] === undefined) {
            if (header.has(key)) header.delete(key);
          } else if (!recordsEqual(b[key], a[key]) || !header.has(key)) header.set(key, a[key]);
        }
        continue;
      }
      if (after.collection !== before.collection) continue;
      const map = collectionMap(ydoc, after.collection);
      const fields = map.get(after.record.id);
      if (fields instanceof Y.Map) setChangedFields(fields, before.record, after.record);
      // A record someone removed meanwhile stays removed: their removal wins over our update.
    }
    const added = recordEntries(patch.added).sort((a, b) => a.index - b.index);
    const orders = new Map<CollectionName, number[]>();
    for (const entry of added) {
      const map = collectionMap(ydoc, entry.collection);
      let list = orders.get(entry.collection);
      if (!list) {
        list = orderedEntries(map).map((e) => e.order);
        orders.set(entry.collection, list);
      }
      const at = Math.max(0, Math.min(entry.index, list.length));
      const order = orderBetween(list[at - 1], list[at]);
      list.splice(at, 0, order);
      map.set(entry.record.id, recordToYMap(entry.record, order));
    }
  }, origin);
}
