/**
 * The document list in IndexedDB: one record per process (as-is and to-be alike), keyed by a
 * storage key that is not the document id, so two copies of one file can live side by side.
 *
 * Every write carries the revision the writer last saw; a write against a newer stored revision
 * is refused with a `StorageProblem` of kind `conflict`, which is how a second tab on the same
 * document is stopped from silently overwriting the first.
 */
import type { ProcessDocument } from '@flowsmith/model';
import { StorageProblem, toStorageProblem } from './storageProblem';

/** What the document list shows about a stored process without loading it. */
export interface DocumentSummary {
  key: string;
  name: string;
  documentId: string;
  /** The as-is document a to-be came from (`derivedFrom`), shown as a badge. */
  derivedFrom?: string;
  stepCount: number;
  updatedAt: number;
  revision: number;
}

/** A stored process: its summary and the document itself. */
export interface StoredDocument extends DocumentSummary {
  doc: ProcessDocument;
}

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

function summaryOf(record: StoredDocument): DocumentSummary {
  const { doc: _doc, ...summary } = record;
  return summary;
}

/** Every stored process, most recently changed first. */
export function listDocuments(db: IDBDatabase): Promise<DocumentSummary[]> {
  return run<DocumentSummary[]>(db, 'readonly', (store, done) => {
    const req = store.getAll();
    req.onsuccess = () =>
      done(
        (req.result as StoredDocument[]).map(summaryOf).sort((a, b) => b.updatedAt - a.updatedAt),
      );
  });
}

/** The stored process with this key, or `undefined`. */
export function getDocument(db: IDBDatabase, key: string): Promise<StoredDocument | undefined> {
  return run<StoredDocument | undefined>(db, 'readonly', (store, done) => {
    const req = store.get(key);
    req.onsuccess = () => done(req.result as StoredDocument | undefined);
  });
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
): Promise<number> {
  return run<number>(db, 'readwrite', (store, done, fail) => {
    const req = store.get(key);
    req.onsuccess = () => {
      const stored = req.result as StoredDocument | undefined;
      const current = stored?.revision ?? 0;
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
        ...(doc.derivedFrom !== undefined ? { derivedFrom: doc.derivedFrom } : {}),
      };
      const put = store.put(record);
      put.onsuccess = () => done(record.revision);
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
