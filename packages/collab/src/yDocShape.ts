/**
 * How a process document is laid out in a Y.Doc (CONTRACTS.md): one Y.Map per collection of the
 * model's `COLLECTIONS`, keyed by record id, each record a Y.Map of its fields plus its place in
 * the collection (`ORDER_KEY`, a number; ties broken by id); one Y.Map for the header
 * (`HEADER_KEYS`); one Y.Map for the fields no command changes (`format`, `version`, `id`, …).
 * Field-level maps let two people change different fields of one step at once (one renames it,
 * another moves it) and both changes survive.
 */
import type { CollectionName } from '@flowsmith/model';
import * as Y from 'yjs';

/** The name of the Y.Map holding the header fields. */
export const HEADER_MAP = 'header';
/** The name of the Y.Map holding the top-level fields no command changes (id, format, …). */
export const DOCUMENT_MAP = 'document';
/** The record field (never a model field) that holds a record's place in its collection. */
export const ORDER_KEY = '$order';

/** The Y.Map of `collection`: record id → Y.Map of the record's fields. */
export function collectionMap(ydoc: Y.Doc, collection: CollectionName): Y.Map<Y.Map<unknown>> {
  return ydoc.getMap<Y.Map<unknown>>(`records:${collection}`);
}

/** The record a record map holds, without its order field. Pure. */
export function recordOf(fields: Y.Map<unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    if (key !== ORDER_KEY && value !== undefined) record[key] = value;
  }
  return record;
}

/** A record map's order, or 0 when it has none (a hostile or foreign update). */
export function orderOf(fields: Y.Map<unknown>): number {
  const order = fields.get(ORDER_KEY);
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
}

/** The collection's records in their order (by order, then id, so every replica agrees). */
export function orderedEntries(
  map: Y.Map<Y.Map<unknown>>,
): Array<{ id: string; order: number; fields: Y.Map<unknown> }> {
  const entries: Array<{ id: string; order: number; fields: Y.Map<unknown> }> = [];
  for (const [id, fields] of map) {
    if (fields instanceof Y.Map) entries.push({ id, order: orderOf(fields), fields });
  }
  entries.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries;
}
