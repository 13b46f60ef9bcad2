/** What went wrong with browser storage, in terms the status bar can explain. */
export type StorageProblemKind =
  'quota' | 'conflict' | 'unavailable' | 'blocked' | 'aborted' | 'other';

/**
 * An error from IndexedDB or the file system, classified so the UI can say what happened and
 * what to do (free space, reload the other tab, …) instead of swallowing it.
 */
export class StorageProblem extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'StorageProblem';
  }
}

/** Classifies any thrown value (DOMException names, browser messages) as a `StorageProblem`. Pure. */
export function toStorageProblem(e: unknown): StorageProblem {
  if (e instanceof StorageProblem) return e;
  const name = e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
  const message = e instanceof Error ? e.message : String(e ?? 'unknown error');
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return new StorageProblem('quota', message);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageProblem('unavailable', message);
  return new StorageProblem('other', message);
}
