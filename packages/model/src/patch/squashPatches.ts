import type { CollectionName, Entry, HeaderEntry, RecordEntry } from './entry';
import type { Patch } from './patch';
import { recordsEqual } from './recordsEqual';

/** A run of records of the first document (`to` may be Infinity: its length is unknown) or one added record. */
type Segment = { kind: 'kept'; from: number; to: number } | { kind: 'added'; entry: RecordEntry };

/**
 * Tracks one collection through a sequence of patches without the document: which records of
 * the first document were removed (at their first index) and where added records end up.
 */
class CollectionTrack {
  segments: Segment[] = [{ kind: 'kept', from: 0, to: Infinity }];
  removed: RecordEntry[] = [];
  updates = new Map<string, [RecordEntry, RecordEntry]>();

  /** The segment holding position `index` and the offset inside it; splits nothing. */
  private locate(index: number): { at: number; offset: number } {
    let pos = 0;
    for (let at = 0; at < this.segments.length; at++) {
      const s = this.segments[at]!;
      const length = s.kind === 'kept' ? s.to - s.from : 1;
      if (index < pos + length) return { at, offset: index - pos };
      pos += length;
    }
    return { at: this.segments.length, offset: 0 };
  }

  /** Splits a kept run so that position `index` starts a segment; returns that segment's slot. */
  private cut(index: number): number {
    const { at, offset } = this.locate(index);
    const s = this.segments[at];
    if (!s || offset === 0 || s.kind !== 'kept') return at;
    this.segments.splice(
      at,
      1,
      { kind: 'kept', from: s.from, to: s.from + offset },
      { kind: 'kept', from: s.from + offset, to: s.to },
    );
    return at + 1;
  }

  remove(entry: RecordEntry): void {
    const at = this.cut(entry.index);
    const s = this.segments[at]!;
    if (s.kind === 'added') {
      this.segments.splice(at, 1); // added then removed: nothing happened
      return;
    }
    if (s.to - s.from === 1) this.segments.splice(at, 1);
    else this.segments[at] = { kind: 'kept', from: s.from + 1, to: s.to };
    const update = this.updates.get(entry.record.id);
    this.updates.delete(entry.record.id);
    this.removed.push({ ...(update ? update[0] : entry), index: s.from } as RecordEntry);
  }

  update(before: RecordEntry, after: RecordEntry): void {
    const added = this.segments.find(
      (s) => s.kind === 'added' && s.entry.record.id === before.record.id,
    );
    if (added && added.kind === 'added') {
      added.entry = { ...after, index: added.entry.index } as RecordEntry;
      return;
    }
    const known = this.updates.get(before.record.id);
    this.updates.set(before.record.id, [known ? known[0] : before, after]);
  }

  add(entry: RecordEntry): void {
    this.segments.splice(this.cut(entry.index), 0, { kind: 'added', entry });
  }

  added(): RecordEntry[] {
    const out: RecordEntry[] = [];
    let pos = 0;
    for (const s of this.segments) {
      if (s.kind === 'kept') pos += s.to - s.from;
      else out.push({ ...s.entry, index: pos++ } as RecordEntry);
    }
    return out;
  }
}

/**
 * One patch with the effect of applying `patches` in order. Pure. Add-then-remove cancels,
 * update-then-update keeps the first before and the last after, an update that ends where it
 * started disappears; indices are rewritten so that removals refer to the first document and
 * additions to the last. A 60-frame drag squashes to one update per moved step.
 */
export function squashPatches(patches: readonly Patch[]): Patch {
  const tracks = new Map<CollectionName, CollectionTrack>();
  const track = (c: CollectionName): CollectionTrack => {
    let t = tracks.get(c);
    if (!t) tracks.set(c, (t = new CollectionTrack()));
    return t;
  };
  let header: [HeaderEntry, HeaderEntry] | undefined;
  const records = (entries: Entry[]): RecordEntry[] =>
    entries.filter((e): e is RecordEntry => e.collection !== 'header');

  for (const patch of patches) {
    for (const e of records(patch.removed).sort((a, b) => b.index - a.index)) {
      track(e.collection).remove(e);
    }
    for (const [before, after] of patch.updated) {
      if (before.collection === 'header' && after.collection === 'header') {
        header = [header ? header[0] : before, after];
      } else if (before.collection !== 'header' && after.collection !== 'header') {
        track(before.collection).update(before, after);
      }
    }
    for (const e of records(patch.added).sort((a, b) => a.index - b.index)) {
      track(e.collection).add(e);
    }
  }

  const result: Patch = { added: [], updated: [], removed: [] };
  if (header && !recordsEqual(header[0].header, header[1].header)) result.updated.push(header);
  for (const t of tracks.values()) {
    result.removed.push(...t.removed);
    for (const pair of t.updates.values()) {
      if (!recordsEqual(pair[0].record, pair[1].record)) result.updated.push(pair);
    }
    result.added.push(...t.added());
  }
  return result;
}
