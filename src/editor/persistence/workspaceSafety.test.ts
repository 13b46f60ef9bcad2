import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { build, gallery, parseProcess } from '@flowsmith/model';
import { createEditor } from '../createEditor';
import { openDocumentDb, putDocument } from './documentDb';
import { testJournalStorage } from './testJournalStorage';
import { damagedDocs } from './testDamagedDocs';
import type { JournalStorage } from './unsavedJournal';
import { createWorkspace } from './workspace';

const blank = () => build.processOf('blank', { steps: [], flows: [] });

let n = 0;
function tab(factory: IDBFactory, local: Map<string, string>, journal?: JournalStorage) {
  const editor = createEditor(blank());
  const workspace = createWorkspace(editor, {
    indexedDB: factory,
    lastKey: { get: () => local.get('last') ?? null, set: (k) => void local.set('last', k) },
    newKey: () => `key-${++n}`,
    blankDocument: blank,
    autosaveDelayMs: 600,
    ...(journal ? { journal } : {}),
  });
  return { editor, workspace };
}

async function seed(factory: IDBFactory, records: [string, unknown, number][]) {
  const db = await openDocumentDb(factory);
  await new Promise<void>((done, fail) => {
    const tx = db.transaction('documents', 'readwrite');
    for (const [key, doc, updatedAt] of records)
      tx.objectStore('documents').put({ key, name: key, revision: 1, updatedAt, doc });
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

const quotaOnPut = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
  });

afterEach(() => vi.restoreAllMocks());

describe('damaged records', () => {
  it.each(damagedDocs)(
    '%s: kept aside and named, and the healthy process opens instead',
    async (_what, doc, path) => {
      const factory = new IDBFactory();
      await seed(factory, [
        ['healthy', gallery.mm1, 1],
        ['broken', doc, 2],
      ]);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const a = tab(factory, new Map([['last', 'broken']]));
      await a.workspace.init();
      const s = a.workspace.store.getState();
      expect(s.key).toBe('healthy');
      expect(a.editor.state.doc).toEqual(gallery.mm1);
      expect(s.damagedOpen).toMatchObject({ key: 'broken', damage: { path } });
      expect(s.documents.find((d) => d.key === 'broken')?.damaged?.path).toBe(path);
      // never deleted, exportable as stored
      expect(await a.workspace.rawJson('broken')).toBe(
        typeof doc === 'string' ? doc : (JSON.stringify(doc, null, 2) ?? 'undefined'),
      );
      // opening it from the list is refused, the open process stays
      expect(await a.workspace.openStored('broken')).toBe(false);
      expect(a.workspace.store.getState().key).toBe('healthy');
      a.workspace.dispose();
      warn.mockRestore();
    },
  );

  it('opens a blank process when every record is damaged, keeping them all', async () => {
    const factory = new IDBFactory();
    await seed(
      factory,
      damagedDocs.map(([what, doc], i) => [what, doc, i]),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = tab(factory, new Map());
    await a.workspace.init();
    const s = a.workspace.store.getState();
    expect(parseProcess(a.editor.state.doc).ok).toBe(true);
    expect(a.editor.state.doc.steps).toEqual([]);
    expect(s.documents.filter((d) => d.damaged)).toHaveLength(damagedDocs.length);
    expect(s.documents).toHaveLength(damagedDocs.length + 1);
    a.workspace.dispose();
  });
});

describe('leaving the page', () => {
  it('asks after a failed write (quota), even though the retry reports "saving"', async () => {
    const factory = new IDBFactory();
    const a = tab(factory, new Map(), testJournalStorage());
    await a.workspace.init();
    quotaOnPut();
    a.editor.execute({ id: 'process.rename', params: { name: 'Lost?' } });
    await a.workspace.flush();
    expect(a.workspace.store.getState().status.state).toBe('error');
    expect(a.workspace.pageLeaving('beforeunload')).toBe(true);
    expect(a.workspace.store.getState().status.state).toBe('saving');
    expect(a.workspace.pageLeaving('beforeunload')).toBe(true);
    a.workspace.dispose();
  });

  it('does not ask with nothing unsaved, nor when unsaved changes were journaled', async () => {
    const a = tab(new IDBFactory(), new Map(), testJournalStorage());
    await a.workspace.init();
    expect(a.workspace.pageLeaving('beforeunload')).toBe(false);
    a.editor.execute({ id: 'process.rename', params: { name: 'Quick' } });
    expect(a.workspace.pageLeaving('beforeunload')).toBe(false);
    await a.workspace.flush();
    a.workspace.dispose();
  });

  it('asks when unsaved changes cannot be journaled (no localStorage)', async () => {
    const a = tab(new IDBFactory(), new Map());
    await a.workspace.init();
    a.editor.execute({ id: 'process.rename', params: { name: 'Quick' } });
    expect(a.workspace.pageLeaving('beforeunload')).toBe(true);
    await a.workspace.flush();
    a.workspace.dispose();
  });

  it('keeps the last edit when the page goes before IndexedDB has it', async () => {
    const factory = new IDBFactory();
    const local = new Map<string, string>();
    const journal = testJournalStorage();
    const a = tab(factory, local, journal);
    await a.workspace.init();
    await a.workspace.openAsNew(gallery.sequence3);
    // The page goes inside the debounce; its IndexedDB write never lands.
    const put = quotaOnPut();
    a.editor.execute({ id: 'process.rename', params: { name: 'Last edit' } });
    a.workspace.pageLeaving('pagehide');
    await a.workspace.flush(); // the write started on pagehide fails: it never lands
    a.workspace.dispose();
    put.mockRestore();

    const b = tab(factory, local, journal);
    await b.workspace.init();
    expect(b.editor.state.doc.name).toBe('Last edit');
    expect(b.workspace.store.getState().restored).toHaveLength(1);
    expect(b.workspace.store.getState().documents).toHaveLength(1);
    expect(journal.length).toBe(0);
    b.workspace.dispose();
  });

  it('clears the journal once IndexedDB has the change', async () => {
    const journal = testJournalStorage();
    const a = tab(new IDBFactory(), new Map(), journal);
    await a.workspace.init();
    a.editor.execute({ id: 'process.rename', params: { name: 'Hidden' } });
    a.workspace.pageLeaving('hidden');
    expect(journal.length).toBe(1);
    await a.workspace.flush();
    expect(journal.length).toBe(0);
    a.workspace.dispose();
  });
});

describe('restoring the journal', () => {
  it('stores it as a copy when another tab saved the record since', async () => {
    const factory = new IDBFactory();
    const local = new Map<string, string>();
    const journal = testJournalStorage();
    const a = tab(factory, local, journal);
    await a.workspace.init();
    await a.workspace.openAsNew(gallery.sequence3);
    const key = a.workspace.store.getState().key!;
    const put = quotaOnPut();
    a.editor.execute({ id: 'process.rename', params: { name: 'Mine' } });
    a.workspace.pageLeaving('pagehide');
    await a.workspace.flush(); // the write started on pagehide fails: it never lands
    a.workspace.dispose();
    put.mockRestore();
    // another tab saves the same record meanwhile
    const db = await openDocumentDb(factory);
    await putDocument(db, key, { ...gallery.sequence3, name: 'Theirs' }, 1, Date.now(), 'other');
    db.close();

    const b = tab(factory, local, journal);
    await b.workspace.init();
    const names = b.workspace.store
      .getState()
      .documents.map((d) => d.name)
      .sort();
    expect(names).toEqual(['Mine', 'Theirs']);
    b.workspace.dispose();
  });

  it('drops nothing it cannot read: an unreadable entry is skipped with a warning', async () => {
    const journal = testJournalStorage();
    journal.setItem(
      'flowsmith.unsaved.x',
      JSON.stringify({ key: 'x', baseRevision: 1, writer: 'w', savedAt: 1, doc: { steps: null } }),
    );
    journal.setItem('flowsmith.unsaved.y', '{"half');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = tab(new IDBFactory(), new Map(), journal);
    await a.workspace.init();
    expect(warn).toHaveBeenCalled();
    expect(a.workspace.store.getState().documents).toHaveLength(1);
    a.workspace.dispose();
  });
});
