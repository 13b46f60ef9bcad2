/**
 * Reads stored processes from IndexedDB without opening them in the editor (the workspace only
 * opens documents; the document store's own `getDocument` reads one by key).
 */
import type { ProcessDocument } from '@flowsmith/model';
import {
  getDocument,
  openDocumentDb,
  type DocumentSummary,
} from '../../editor/persistence/documentDb';

/** The stored document under `key`, or undefined when it is gone. Rejects on a storage error. */
export async function loadStoredDocument(key: string): Promise<ProcessDocument | undefined> {
  const db = await openDocumentDb();
  try {
    return (await getDocument(db, key))?.doc;
  } finally {
    db.close();
  }
}

/**
 * The stored processes that subprocess steps of `docs` call (by document id, recursively), so
 * the simulation and analysis can include them. Unknown ids are left out (the engine says so).
 */
export async function loadSubprocesses(
  docs: readonly ProcessDocument[],
  stored: readonly DocumentSummary[],
): Promise<ProcessDocument[]> {
  const found = new Map<string, ProcessDocument>();
  const queue = [...docs];
  while (queue.length) {
    const doc = queue.shift()!;
    for (const step of doc.steps) {
      if (step.type !== 'subprocess' || found.has(step.process)) continue;
      const summary = stored.find((d) => d.documentId === step.process);
      const child = summary ? await loadStoredDocument(summary.key) : undefined;
      if (!child) continue;
      found.set(step.process, child);
      queue.push(child);
    }
  }
  return [...found.values()];
}
