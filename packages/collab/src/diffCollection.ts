import { recordsEqual, type CollectionName, type Patch, type RecordEntry } from '@flowsmith/model';

type Keyed = { id: string };

/** Indexes (into `seq`) of one longest strictly increasing subsequence. Pure. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept.add(i);
  return kept;
}

/**
 * Appends to `patch` the entries that turn the records `before` into `after` (one collection):
 * removed and added by id, updated when a record kept its place but changed, and a record that
 * changed place relative to the others removed and added again (the fewest such). Pure apart
 * from appending to `patch`.
 */
export function diffCollection(
  collection: CollectionName,
  before: readonly Keyed[],
  after: readonly Keyed[],
  patch: Patch,
): void {
  const newIndex = new Map(after.map((r, i) => [r.id, i]));
  const oldIndex = new Map(before.map((r, i) => [r.id, i]));
  const common = before.filter((r) => newIndex.has(r.id));
  const kept = longestIncreasing(common.map((r) => newIndex.get(r.id)!));
  const stays = new Set(common.filter((_, i) => kept.has(i)).map((r) => r.id));
  const entry = (index: number, record: Keyed) =>
    ({ collection, index, record }) as unknown as RecordEntry;
  before.forEach((r, i) => {
    if (!stays.has(r.id)) patch.removed.push(entry(i, r));
  });
  after.forEach((r, i) => {
    if (!stays.has(r.id)) patch.added.push(entry(i, r));
    else {
      const old = before[oldIndex.get(r.id)!]!;
      if (old !== r && !recordsEqual(old, r))
        patch.updated.push([entry(oldIndex.get(r.id)!, old), entry(i, r)]);
    }
  });
}
