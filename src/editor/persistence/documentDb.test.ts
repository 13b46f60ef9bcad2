import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { gallery } from '@flowsmith/model';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  openDocumentDb,
  putDocument,
} from './documentDb';
import { StorageProblem } from './storageProblem';

describe('document list in IndexedDB', () => {
  it('stores, lists (newest first), reads and deletes processes', async () => {
    const db = await openDocumentDb(new IDBFactory());
    expect(await putDocument(db, 'k1', gallery.mm1, 0, 1000)).toBe(1);
    expect(await putDocument(db, 'k2', gallery.xorSplitJoin, 0, 2000)).toBe(1);
    const list = await listDocuments(db);
    expect(list.map((d) => [d.key, d.name, d.stepCount])).toEqual([
      ['k2', 'xorSplitJoin', 6],
      ['k1', 'mm1', 3],
    ]);
    expect((await getDocument(db, 'k1'))?.doc).toEqual(gallery.mm1);
    await deleteDocument(db, 'k1');
    expect(await getDocument(db, 'k1')).toBeUndefined();
    db.close();
  });

  it('refuses a write based on an old revision (a second tab) with a conflict', async () => {
    const db = await openDocumentDb(new IDBFactory());
    await putDocument(db, 'k', gallery.mm1, 0);
    expect(await putDocument(db, 'k', { ...gallery.mm1, name: 'tab A' }, 1)).toBe(2);
    const stale = putDocument(db, 'k', { ...gallery.mm1, name: 'tab B' }, 1);
    await expect(stale).rejects.toBeInstanceOf(StorageProblem);
    await expect(stale).rejects.toMatchObject({ kind: 'conflict' });
    expect((await getDocument(db, 'k'))?.doc.name).toBe('tab A');
    db.close();
  });

  it('keeps hostile names as data', async () => {
    const db = await openDocumentDb(new IDBFactory());
    const doc = { ...gallery.mm1, name: '<script>alert(1)</script> 🚀 __proto__' };
    await putDocument(db, '__proto__', doc, 0);
    expect((await getDocument(db, '__proto__'))?.doc.name).toBe(doc.name);
    db.close();
  });
});
