import {
  COLLECTIONS,
  HEADER_KEYS,
  OPTIONAL_COLLECTIONS,
  TOP_LEVEL_KEYS,
  type ProcessDocument,
} from '@flowsmith/model';
import type * as Y from 'yjs';
import { collectionMap, DOCUMENT_MAP, HEADER_MAP, orderedEntries, recordOf } from './yDocShape';

const KEY_ORDER: readonly string[] = TOP_LEVEL_KEYS;

/** The records of one collection as the Y.Doc holds them, in order. */
export function readCollection(ydoc: Y.Doc, collection: (typeof COLLECTIONS)[number]): object[] {
  return orderedEntries(collectionMap(ydoc, collection)).map((e) => recordOf(e.fields));
}

/**
 * The process document `ydoc` holds, top-level keys in FORMAT.md's order (keys FORMAT.md does
 * not list last); an optional collection with no records is left out. The result is not
 * validated: run the model's `parseProcess` on it before trusting it (the server does).
 */
export function readProcessFromYDoc(ydoc: Y.Doc): ProcessDocument {
  const values = new Map<string, unknown>();
  for (const [key, value] of ydoc.getMap<unknown>(DOCUMENT_MAP)) values.set(key, value);
  const header = ydoc.getMap<unknown>(HEADER_MAP);
  for (const key of HEADER_KEYS) {
    const value = header.get(key);
    if (value !== undefined) values.set(key, value);
  }
  for (const collection of COLLECTIONS) {
    const records = readCollection(ydoc, collection);
    if (records.length > 0 || !OPTIONAL_COLLECTIONS.has(collection))
      values.set(collection, records);
  }
  const rank = (key: string) => {
    const i = KEY_ORDER.indexOf(key);
    return i < 0 ? KEY_ORDER.length : i;
  };
  const keys = [...values.keys()].sort((a, b) => rank(a) - rank(b));
  // fromEntries defines own properties, so a hostile `__proto__` key stays plain data.
  return Object.fromEntries(keys.map((k) => [k, values.get(k)])) as unknown as ProcessDocument;
}
