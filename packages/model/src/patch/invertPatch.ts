import type { Patch } from './patch';

/**
 * The patch that undoes `patch`: added and removed swap, each update's before and after swap.
 * Pure; `applyPatch(applyPatch(doc, p), invertPatch(p))` equals `doc`, array order included.
 */
export function invertPatch(patch: Patch): Patch {
  return {
    added: [...patch.removed],
    updated: patch.updated.map(([before, after]) => [after, before]),
    removed: [...patch.added],
  };
}
