/**
 * Restoring what a closed page left in the journal (see `unsavedJournal.ts`), before anything is
 * opened. Rules, per entry (its document is parsed first; one that does not parse is dropped with
 * a warning):
 * - the record is healthy and still at the entry's base revision, or its newer revisions were
 *   written by the same session (that page's own write finished after the journal was written):
 *   the entry is written into the record (if it differs);
 * - the record changed in another tab since, is damaged, or is gone: the entry is stored as a
 *   new record beside it, so neither version is lost;
 * then the entry is cleared. A storage error leaves the entry for the next load.
 */
import { parseProcess, type Lang } from '@flowsmith/model';
import { getRawRecord, putDocument } from './documentDb';
import { readStoredRecord } from './storedRecord';
import type { UnsavedJournal } from './unsavedJournal';

/** Restores every journal entry into `db`; resolves to the keys written. */
export async function restoreJournal(
  db: IDBDatabase,
  journal: UnsavedJournal,
  newKey: () => string,
  lang: Lang = 'en',
): Promise<string[]> {
  const written: string[] = [];
  for (const entry of journal.entries()) {
    const parsed = parseProcess(entry.doc, { lang });
    if (!parsed.ok) {
      console.warn(`Flowsmith: dropped an unreadable unsaved copy of ${entry.key}`);
      journal.clear(entry.key);
      continue;
    }
    const doc = parsed.document;
    try {
      const raw = await getRawRecord(db, entry.key);
      let stored = null;
      try {
        stored = raw === undefined ? null : readStoredRecord(entry.key, raw, lang);
      } catch {
        stored = null; // damaged: never overwritten
      }
      const same = stored !== null && JSON.stringify(stored.doc) === JSON.stringify(doc);
      const ours =
        stored !== null &&
        (stored.revision === entry.baseRevision || stored.writer === entry.writer);
      if (same) {
        // the page's own write made it after all
      } else if (ours) {
        await putDocument(db, entry.key, doc, stored!.revision, entry.savedAt, entry.writer);
        written.push(entry.key);
      } else {
        const key = newKey();
        await putDocument(db, key, doc, 0, entry.savedAt, entry.writer);
        written.push(key);
      }
      journal.clear(entry.key);
    } catch (e) {
      console.warn(`Flowsmith: could not restore the unsaved copy of ${entry.key}`, e);
    }
  }
  return written;
}
