import {
  emptyPatch,
  type CollectionName,
  type Patch,
  type ProcessDocument,
  type RecordEntry,
} from '@flowsmith/model';

/** A record this replica added, as it added it: which collection, which id. */
export interface OwnRecord {
  collection: CollectionName;
  id: string;
}

type Keyed = { id: string };
const recordsOf = (doc: ProcessDocument, c: CollectionName): Keyed[] =>
  ((doc as unknown as Record<string, unknown>)[c] as Keyed[] | undefined) ?? [];

/** `value` with every string equal to a key of `renames` replaced (in lists and nested objects too). Pure. */
function renamed(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return renames.get(value) ?? value;
  if (Array.isArray(value)) {
    const next = value.map((v) => renamed(v, renames));
    return next.some((v, i) => v !== value[i]) ? next : value;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      next[k] = k === 'id' ? v : renamed(v, renames);
      if (next[k] !== v) changed = true;
    }
    return changed ? next : value;
  }
  return value;
}

/**
 * Two people added a record with the same id at the same moment (ids like `task-3` come from the
 * document each had): Yjs keeps one of them. For the records this replica lost (`lost`, as they
 * were in `before`), the patch that adds them back under an id of this replica's own
 * (`<id>-<suffix>`) and points this replica's other new records (`survivors`, e.g. the flow added
 * with the step) at the new id. Nothing is lost and nothing of the other person's changes.
 * Deterministic for one replica; pure.
 */
export function sameIdRepair(
  before: ProcessDocument,
  doc: ProcessDocument,
  lost: readonly OwnRecord[],
  survivors: readonly OwnRecord[],
  suffix: string,
): { patch: Patch; renames: Map<string, string> } {
  const patch = emptyPatch();
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of new Set([...lost, ...survivors].map((r) => r.collection)))
    for (const r of recordsOf(doc, c)) taken.add(r.id);
  for (const { collection, id } of lost) {
    const record = recordsOf(before, collection).find((r) => r.id === id);
    if (!record) continue;
    let next = `${id}-${suffix}`;
    for (let n = 2; taken.has(next); n++) next = `${id}-${suffix}${n}`;
    taken.add(next);
    renames.set(id, next);
  }
  for (const { collection, id } of lost) {
    const record = recordsOf(before, collection).find((r) => r.id === id);
    const next = renames.get(id);
    if (!record || !next) continue;
    const copy = { ...(renamed(record, renames) as Keyed), id: next };
    patch.added.push({
      collection,
      index: recordsOf(doc, collection).length,
      record: copy,
    } as unknown as RecordEntry);
  }
  for (const { collection, id } of survivors) {
    const list = recordsOf(doc, collection);
    const index = list.findIndex((r) => r.id === id);
    if (index < 0) continue;
    const record = list[index]!;
    const next = renamed(record, renames);
    if (next !== record) {
      patch.updated.push([
        { collection, index, record } as unknown as RecordEntry,
        { collection, index, record: next } as unknown as RecordEntry,
      ]);
    }
  }
  return { patch, renames };
}
