import {
  COLLECTIONS,
  HEADER_KEYS,
  type CollectionName,
  type ProcessDocument,
} from '@flowsmith/model';
import * as Y from 'yjs';
import { collectionMap, DOCUMENT_MAP, HEADER_MAP, ORDER_KEY } from './yDocShape';

const COLLECTION_SET: ReadonlySet<string> = new Set<string>(COLLECTIONS);
const HEADER_SET: ReadonlySet<string> = new Set<string>(HEADER_KEYS);

/** A Y.Map holding `record`'s fields and its order (not yet in any document). */
export function recordToYMap(record: object, order: number): Y.Map<unknown> {
  const fields = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) fields.set(key, value);
  }
  fields.set(ORDER_KEY, order);
  return fields;
}

/**
 * Writes `doc` into `ydoc`, replacing whatever process it held, in one transaction with
 * `origin`. Every collection of the model's `COLLECTIONS` and every header key is mirrored, so
 * collections the model gains later are carried without a change here.
 */
export function writeProcessToYDoc(
  ydoc: Y.Doc,
  doc: ProcessDocument,
  origin: unknown = null,
): void {
  const source = doc as unknown as Record<string, unknown>;
  ydoc.transact(() => {
    const fixed = ydoc.getMap<unknown>(DOCUMENT_MAP);
    const header = ydoc.getMap<unknown>(HEADER_MAP);
    for (const key of [...fixed.keys()]) fixed.delete(key);
    for (const key of [...header.keys()]) header.delete(key);
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined || COLLECTION_SET.has(key)) continue;
      (HEADER_SET.has(key) ? header : fixed).set(key, value);
    }
    for (const collection of COLLECTIONS) {
      const map = collectionMap(ydoc, collection as CollectionName);
      for (const id of [...map.keys()]) map.delete(id);
      const records = (source[collection] as Array<{ id: string }> | undefined) ?? [];
      records.forEach((record, i) => map.set(record.id, recordToYMap(record, i + 1)));
    }
  }, origin);
}
