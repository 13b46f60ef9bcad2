import type { Lang } from '../messages/lang';
import { refusal, type Refusal } from '../messages/commandMessages';
import { COLLECTIONS, type CollectionName, type CollectionRecords } from '../patch/entry';
import type { ProcessDocument } from '../types/process';

/** FORMAT.md's id syntax. */
const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** Whether `id` has FORMAT.md's id syntax (`[A-Za-z0-9_.-]+`). Pure. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** The records of collection `c` of `doc` (an absent optional collection is empty). Pure. */
export function recordsOf<C extends CollectionName>(
  doc: ProcessDocument,
  c: C,
): readonly CollectionRecords[C][] {
  return (doc[c] as CollectionRecords[C][] | undefined) ?? [];
}

/** The record with `id` in collection `c` and its index, or undefined. Pure. */
export function findRecord<C extends CollectionName>(
  doc: ProcessDocument,
  c: C,
  id: string,
): { index: number; record: CollectionRecords[C] } | undefined {
  const records = recordsOf(doc, c);
  const index = records.findIndex((r) => r.id === id);
  return index < 0 ? undefined : { index, record: records[index]! };
}

/** Every id used by any collection of `doc` (ids are unique across collections). Pure. */
export function allIds(doc: ProcessDocument): Set<string> {
  const ids = new Set<string>();
  for (const c of COLLECTIONS) for (const r of recordsOf(doc, c)) ids.add(r.id);
  return ids;
}

/**
 * The refusal for a new record's id: invalid syntax, or already used in `doc` or in `taken`
 * (ids of other records added by the same command). Null when the id is fine. Pure.
 */
export function checkNewId(
  doc: ProcessDocument,
  id: unknown,
  lang?: Lang,
  taken: ReadonlySet<string> = allIds(doc),
): Refusal | null {
  if (!isValidId(id)) return refusal('id.invalid', { id: String(id) }, lang);
  if (taken.has(id)) return refusal('id.duplicate', { id }, lang);
  return null;
}

/** Whether `name` is a usable name (a string with something besides spaces). Pure. */
export function isName(name: unknown): name is string {
  return typeof name === 'string' && name.trim() !== '';
}
