/**
 * The document list in IndexedDB: one record per process (as-is and to-be alike), keyed by a
 * storage key that is not the document id, so two copies of one file can live side by side.
 *
 * Every write carries the revision the writer last saw; a write against a newer stored revision
 * is refused with a `StorageProblem` of kind `conflict`, which is how a second tab on the same
 * document is stopped from silently overwriting the first.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { StorageProblem, toStorageProblem } from './storageProblem';
import {
  readStoredRecord,
  summarizeRecord,
  type DocumentSummary,
  type StoredDocument,
} from './storedRecord';

export type { DocumentSummary, StoredDocument } from './storedRecord';

const DB_NAME = 'flowsmith';
const STORE = 'documents';

/** Opens (and on first use creates) the database; rejects with a `StorageProblem`. */
export function openDocumentDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, 1);
    } catch (e) {
      reject(toStorageProblem(e));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageProblem(request.error));
    request.onblocked = () => reject(new StorageProblem('blocked', 'database upgrade blocked'));
  });
}

function run<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore, done: (value: T) => void, fail: (e: unknown) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let result: T;
    let failed = false;
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, mode);
    } catch (e) {
      reject(toStorageProblem(e));
      return;
    }
    const fail = (e: unknown) => {
      failed = true;
      reject(e instanceof StorageProblem ? e : toStorageProblem(e));
      try {
        tx.abort();
      } catch {
        // already finished: the rejection above is what matters
      }
    };
    tx.oncomplete = () => {
      if (!failed) resolve(result);
    };
    tx.onerror = () => {
      if (!failed) fail(tx.error);
    };
    tx.onabort = () => {
      if (!failed) fail(tx.error ?? new StorageProblem('aborted', 'transaction aborted'));
    };
    body(tx.objectStore(STORE), (v) => (result = v), fail);
  });
}

/**
 * Every stored process, most recently changed first; a record whose shape is wrong is listed
 * with `damaged` set (see `summarizeRecord`), never dropped.
 */
export function listDocuments(db: IDBDatabase, lang?: Lang): Promise<DocumentSummary[]> {
  return run<DocumentSummary[]>(db, 'readonly', (store, done) => {
    const req = store.getAll();
    req.onsuccess = () =>
      done(
        (req.result as unknown[])
          .map((raw) => summarizeRecord(raw, lang))
          .filter((s): s is DocumentSummary => s !== null)
          .sort((a, b) => b.updatedAt - a.updatedAt),
      );
  });
}

/** The record stored under `key` exactly as IndexedDB has it (for export), or `undefined`. */
export function getRawRecord(db: IDBDatabase, key: string): Promise<unknown> {
  return run<unknown>(db, 'readonly', (store, done) => {
    const req = store.get(key);
    req.onsuccess = () => done(req.result as unknown);
  });
}

/**
 * The stored process with this key, its document validated by `parseProcess`, or `undefined`.
 * Rejects with `DamagedRecordError` when the record does not hold a valid process.
 */
export async function getDocument(
  db: IDBDatabase,
  key: string,
  lang?: Lang,
): Promise<StoredDocument | undefined> {
  const raw = await getRawRecord(db, key);
  return raw === undefined ? undefined : readStoredRecord(key, raw, lang);
}

/**
 * Writes `doc` under `key` if the stored revision is still `expectedRevision` (0 for a new
 * record); resolves to the new revision. Rejects with a `conflict` problem otherwise.
 */
export function putDocument(
  db: IDBDatabase,
  key: string,
  doc: ProcessDocument,
  expectedRevision: number,
  now: number = Date.now(),
  writer?: string,
): Promise<number> {
  return run<number>(db, 'readwrite', (store, done, fail) => {
    const req = store.get(key);
    req.onsuccess = () => {
      const stored = req.result as { revision?: unknown } | undefined;
      const current = typeof stored?.revision === 'number' ? stored.revision : 0;
      if (current !== expectedRevision) {
        fail(
          new StorageProblem(
            'conflict',
            `stored revision ${current}, expected ${expectedRevision}`,
          ),
        );
        return;
      }
      const record: StoredDocument = {
        key,
        name: doc.name,
        documentId: doc.id,
        stepCount: doc.steps.length,
        updatedAt: now,
        revision: current + 1,
        doc,
        ...(writer !== undefined ? { writer } : {}),
        ...(doc.derivedFrom !== undefined ? { derivedFrom: doc.derivedFrom } : {}),
      };
      try {
        const put = store.put(record);
        put.onsuccess = () => done(record.revision);
      } catch (e) {
        fail(e); // DataCloneError, quota: reported, not thrown out of an IndexedDB callback
      }
    };
  });
}

/** Removes the stored process with this key (no error if it is already gone). */
export function deleteDocument(db: IDBDatabase, key: string): Promise<void> {
  return run<void>(db, 'readwrite', (store, done) => {
    const req = store.delete(key);
    req.onsuccess = () => done(undefined);
  });
}
