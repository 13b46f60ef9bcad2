/**
 * Thrown by `applyPatch` when a patch does not fit the document (a stale patch): the record it
 * removes or updates is not what the document holds, or an index or id is out of place.
 */
export class PatchConflictError extends Error {
  override readonly name = 'PatchConflictError';
  constructor(
    /** Where it failed, e.g. `steps[3]` or `steps#a` or `header`. */
    readonly where: string,
    detail: string,
  ) {
    super(
      `Patch does not fit the document at ${where}: ${detail}. Rebuild the patch from the current document.`,
    );
  }
}
