import type { CollectionName, CollectionRecords, RecordEntry } from '../patch/entry';

/** The patch entry for `record` at `index` of collection `c`. Pure. */
export function recordEntry<C extends CollectionName>(
  c: C,
  index: number,
  record: CollectionRecords[C],
): RecordEntry {
  return { collection: c, index, record } as RecordEntry;
}

/** The `[before, after]` pair for a record of `c` at `index` that changes. Pure. */
export function recordUpdate<C extends CollectionName>(
  c: C,
  index: number,
  before: CollectionRecords[C],
  after: CollectionRecords[C],
): [RecordEntry, RecordEntry] {
  return [recordEntry(c, index, before), recordEntry(c, index, after)];
}
