import type { Entry } from './entry';

/**
 * A change to a process document, tldraw-style: records added, updated (`[before, after]`) and
 * removed. Applying it removes (by descending index), then updates (by id), then adds (by
 * ascending index), so a patch and its inverse restore array order exactly.
 */
export interface Patch {
  added: Entry[];
  updated: Array<[before: Entry, after: Entry]>;
  removed: Entry[];
}

/** A patch that changes nothing. Pure; returns a new object each time. */
export function emptyPatch(): Patch {
  return { added: [], updated: [], removed: [] };
}

/** Whether `patch` changes nothing (no entries at all). Pure. */
export function isEmptyPatch(patch: Patch): boolean {
  return patch.added.length === 0 && patch.updated.length === 0 && patch.removed.length === 0;
}
