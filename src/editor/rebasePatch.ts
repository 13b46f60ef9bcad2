/**
 * Undo and redo in a shared document: the history holds only this editor's own patches, and
 * others may have changed the document since. `rebasePatch` re-targets such a patch at the
 * current document, field by field: a field is put back only where nobody changed it since
 * (their change wins over our undo), a record we added is removed wherever it now is unless
 * someone changed it since (then it is theirs too and stays), a record we removed comes back (at
 * its old index, or the end) unless its id was taken meanwhile.
 */
import {
  COLLECTIONS,
  HEADER_KEYS,
  emptyPatch,
  readHeader,
  recordsEqual,
  type CollectionName,
  type Entry,
  type Patch,
  type ProcessDocument,
  type RecordEntry,
} from '@flowsmith/model';

type Fields = Record<string, unknown>;

/** `current` with each field that `from` → `to` changed set to `to`'s value where `current` still has `from`'s. Pure. */
export function rebaseFields<T extends object>(current: T, from: object, to: object): T {
  const c = current as Fields;
  const f = from as Fields;
  const t = to as Fields;
  const next: Fields = { ...c };
  let changed = false;
  for (const key of new Set([...Object.keys(f), ...Object.keys(t)])) {
    if (recordsEqual(f[key], t[key]) || !recordsEqual(c[key], f[key])) continue;
    if (t[key] === undefined) delete next[key];
    else next[key] = t[key];
    changed = true;
  }
  return (changed ? next : current) as T;
}

const recordsOf = (doc: ProcessDocument, c: CollectionName): Array<{ id: string }> =>
  ((doc as unknown as Record<string, unknown>)[c] as Array<{ id: string }> | undefined) ?? [];

const entry = (collection: CollectionName, index: number, record: object) =>
  ({ collection, index, record }) as unknown as RecordEntry;

/**
 * The patch that does what `patch` meant to `doc`, which has moved on since `patch` was made
 * (see the module comment). Always fits `doc`; may be empty when others undid it all. Pure.
 */
export function rebasePatch(doc: ProcessDocument, patch: Patch): Patch {
  const out = emptyPatch();
  const index = new Map<CollectionName, Map<string, number>>();
  const positions = (c: CollectionName) => {
    let m = index.get(c);
    if (!m) index.set(c, (m = new Map(recordsOf(doc, c).map((r, i) => [r.id, i]))));
    return m;
  };
  const removedIds = new Set<string>();
  for (const e of patch.removed) {
    if (e.collection === 'header') continue;
    const at = positions(e.collection).get(e.record.id);
    if (at === undefined) continue;
    const current = recordsOf(doc, e.collection)[at]!;
    if (!recordsEqual(current, e.record)) continue;
    out.removed.push(entry(e.collection, at, current));
    removedIds.add(`${e.collection}#${e.record.id}`);
  }
  for (const [before, after] of patch.updated) {
    if (before.collection === 'header' && after.collection === 'header') {
      const current = readHeader(doc);
      const next = rebaseFields(current, before.header, after.header);
      if (next !== current) {
        out.updated.push([
          { collection: 'header', header: current },
          { collection: 'header', header: next },
        ]);
      }
      continue;
    }
    if (before.collection === 'header' || after.collection === 'header') continue;
    const at = positions(before.collection).get(before.record.id);
    if (at === undefined || removedIds.has(`${before.collection}#${before.record.id}`)) continue;
    const current = recordsOf(doc, before.collection)[at]!;
    const next = rebaseFields(current, before.record, after.record);
    if (next !== current) {
      out.updated.push([entry(before.collection, at, current), entry(before.collection, at, next)]);
    }
  }
  const lengths = new Map<CollectionName, number>(
    COLLECTIONS.map((c) => [c, recordsOf(doc, c).length]),
  );
  for (const e of out.removed as RecordEntry[])
    lengths.set(e.collection, lengths.get(e.collection)! - 1);
  const added = (patch.added.filter((e) => e.collection !== 'header') as RecordEntry[]).sort(
    (a, b) => a.index - b.index,
  );
  for (const e of added) {
    const taken = positions(e.collection).has(e.record.id);
    if (taken && !removedIds.has(`${e.collection}#${e.record.id}`)) continue;
    const length = lengths.get(e.collection) ?? 0;
    out.added.push(entry(e.collection, Math.min(e.index, length), e.record));
    lengths.set(e.collection, length + 1);
  }
  return out;
}

/** The patch that replaces `before` by `after` wholesale (a load): every record out, every record in. Pure. */
export function replacementPatch(before: ProcessDocument, after: ProcessDocument): Patch {
  const out = emptyPatch();
  for (const c of COLLECTIONS) {
    recordsOf(before, c).forEach((r, i) => out.removed.push(entry(c, i, r)));
    recordsOf(after, c).forEach((r, i) => out.added.push(entry(c, i, r)));
  }
  const h = (doc: ProcessDocument): Entry => ({ collection: 'header', header: readHeader(doc) });
  if (HEADER_KEYS.length) out.updated.push([h(before), h(after)]);
  return out;
}
