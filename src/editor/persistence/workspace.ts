/**
 * The workspace: which stored process the editor shows, and keeping it safe. It connects the
 * editor to IndexedDB (document list, debounced autosave flushed when the tab hides or closes),
 * asks for persistent storage, and watches other tabs through a BroadcastChannel: a newer save
 * of the same document elsewhere reloads it here when nothing is pending, and otherwise raises a
 * conflict that the user resolves (their version, or mine as a copy). Storage errors end up in
 * `status`, never swallowed. Framework-free: browser objects are injected.
 *
 * Data safety: every stored document goes through `parseProcess` before it opens; a damaged
 * record is kept aside (listed with its problem, exportable, never opened or overwritten) and
 * the next healthy one opens instead. When the page hides or closes, unsaved changes are written
 * synchronously to a localStorage journal (restored on the next load) and the write to IndexedDB
 * is started; `pageLeaving` says when the page must ask before it goes.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Editor } from '../createEditor';
import { Autosave, type SaveStatus } from './autosave';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  openDocumentDb,
  getRawRecord,
  putDocument,
  type DocumentSummary,
} from './documentDb';
import { restoreJournal } from './restoreJournal';
import { DamagedRecordError, rawRecordJson, type RecordDamage } from './storedRecord';
import { createJournal, type JournalStorage } from './unsavedJournal';
import { StorageProblem, toStorageProblem } from './storageProblem';

/** What the workspace shows: the open record, saving status, the list, a conflict. */
export interface WorkspaceState {
  ready: boolean;
  key: string | null;
  revision: number;
  status: SaveStatus;
  documents: DocumentSummary[];
  /** Another tab saved this document after we loaded it and we have unsaved changes. */
  conflict: boolean;
  /** Result of `navigator.storage.persist()`; null while unknown or unsupported. */
  persisted: boolean | null;
  /** A stored process that could not be opened (shown with the document list), until dismissed. */
  damagedOpen: { key: string; name: string; damage: RecordDamage } | null;
  /** Keys of records restored from the unsaved-changes journal at this load. */
  restored: string[];
}

/** Why the page is going away (`pageLeaving`). */
export type LeaveReason = 'hidden' | 'pagehide' | 'beforeunload';

/** Browser services the workspace uses; all optional so tests run in Node. */
export interface WorkspaceEnv {
  indexedDB?: IDBFactory;
  channel?: {
    postMessage(m: unknown): void;
    addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
    close(): void;
  };
  storage?: { persist?: () => Promise<boolean> };
  lastKey?: { get(): string | null; set(key: string): void };
  newKey?: () => string;
  blankDocument: () => ProcessDocument;
  /** Where unsaved changes go synchronously when the page leaves (the app: `localStorage`). */
  journal?: JournalStorage;
  /** The language of problem messages (damaged records). */
  lang?: () => Lang;
  autosaveDelayMs?: number;
  /**
   * Gives steps without a position one as a document loads (the app: ELK in the layout worker),
   * so it is part of loading, not an undo step. Default: documents open as they are.
   */
  placeSteps?: (doc: ProcessDocument) => Promise<ProcessDocument>;
}

/** The workspace's operations; see the module comment. */
export interface Workspace {
  store: StoreApi<WorkspaceState>;
  init(): Promise<void>;
  /** Opens a stored process; resolves false when it is damaged (kept aside) or unreadable. */
  openStored(key: string): Promise<boolean>;
  /** Stores `doc` as a new record and opens it (file, example, new, copy). */
  openAsNew(doc: ProcessDocument): Promise<void>;
  newDocument(): Promise<void>;
  deleteStored(key: string): Promise<void>;
  refreshList(): Promise<void>;
  flush(): Promise<void>;
  /**
   * The page is hiding or closing: journals unsaved changes synchronously, starts the write, and
   * returns true when the page must ask before going (a write failed, a conflict is open, or
   * unsaved changes could not be journaled). Read before the flush changes the status.
   */
  pageLeaving(reason: LeaveReason): boolean;
  /** The raw JSON of a stored record's document, exactly as stored (for export). */
  rawJson(key: string): Promise<string | undefined>;
  /** Forgets the damaged-record message (the record stays marked in the list). */
  dismissDamaged(): void;
  /** Conflict: take the other tab's version. */
  reloadFromStorage(): Promise<void>;
  /** Conflict: keep this tab's version as a new record. */
  keepMineAsCopy(): Promise<void>;
  dispose(): void;
}

interface ChannelMessage {
  type: 'saved';
  key: string;
  revision: number;
}

/** Creates the workspace for `editor`; call `init()` to open the last (or a new) document. */
export function createWorkspace(editor: Editor, env: WorkspaceEnv): Workspace {
  const store = createStore<WorkspaceState>()(() => ({
    ready: false,
    key: null,
    revision: 0,
    status: { state: 'saved' },
    documents: [],
    conflict: false,
    persisted: null,
    damagedOpen: null,
    restored: [],
  }));
  let db: IDBDatabase | null = null;
  let savedVersion = editor.state.docVersion;
  const newKey = env.newKey ?? (() => crypto.randomUUID());
  const lang = () => env.lang?.() ?? 'en';
  const journal = createJournal(env.journal);
  /** This session, recorded as the writer of its revisions. */
  const writer = newKey();
  /** Records found damaged when opened (the list's cheap check passes them). */
  const damagedAtOpen = new Map<string, RecordDamage>();
  const fail = (e: unknown) => {
    const problem = toStorageProblem(e);
    store.setState({
      status: { state: 'error', problem },
      conflict: problem.kind === 'conflict' || store.getState().conflict,
    });
  };

  const autosave = new Autosave({
    delayMs: env.autosaveDelayMs ?? 600,
    onStatus: (status) => store.setState({ status }),
    save: async () => {
      const { key, revision } = store.getState();
      if (!db) throw new StorageProblem('unavailable', 'IndexedDB is not available');
      if (!key || store.getState().conflict) {
        if (store.getState().conflict)
          throw new StorageProblem('conflict', 'resolve the conflict first');
        return;
      }
      const { doc, docVersion } = editor.state;
      const next = await putDocument(db, key, doc, revision, Date.now(), writer);
      savedVersion = docVersion;
      if (editor.state.docVersion === docVersion) journal.clear(key);
      store.setState({ revision: next });
      env.channel?.postMessage({ type: 'saved', key, revision: next } satisfies ChannelMessage);
      void refreshList();
    },
  });

  // Every committed change (own, undone, redone, or a workshop peer's) is saved; transient
  // gesture steps are not announced, so they are not saved. A load is what was just read.
  const unsubscribe = editor.onChange((change) => {
    if (change.source !== 'load') autosave.schedule();
  });

  const show = (doc: ProcessDocument, key: string, revision: number) => {
    editor.load(doc);
    savedVersion = editor.state.docVersion;
    autosave.discard();
    store.setState({ key, revision, conflict: false });
    env.lastKey?.set(key);
  };

  async function refreshList() {
    if (!db) return;
    try {
      const listed = await listDocuments(db, lang());
      store.setState({
        documents: listed.map((d) => {
          const damaged = d.damaged ?? damagedAtOpen.get(d.key);
          return damaged ? { ...d, damaged } : d;
        }),
      });
    } catch (e) {
      fail(e);
    }
  }

  /** The open record is an untouched blank process: opening something else replaces it. */
  const isUntouchedBlank = () => {
    const { doc, undoStack } = editor.state;
    return (
      doc.steps.length === 0 &&
      doc.roles.length === 0 &&
      undoStack.length === 0 &&
      store.getState().revision <= 1
    );
  };

  const place = (doc: ProcessDocument) =>
    env.placeSteps && doc.steps.some((s) => !s.position) ? env.placeSteps(doc) : doc;

  async function openAsNew(given: ProcessDocument) {
    await autosave.flush();
    const doc = await place(given);
    const replaced = db && isUntouchedBlank() ? store.getState().key : null;
    const key = newKey();
    if (!db) {
      show(doc, key, 0);
      return;
    }
    try {
      const revision = await putDocument(db, key, doc, 0, Date.now(), writer);
      show(doc, key, revision);
      if (replaced) await deleteDocument(db, replaced);
      await refreshList();
      if (store.getState().persisted === null && env.storage?.persist) {
        store.setState({ persisted: await env.storage.persist().catch(() => false) });
      }
    } catch (e) {
      show(doc, key, 0);
      fail(e);
    }
  }

  async function openStored(key: string): Promise<boolean> {
    await autosave.flush();
    if (!db) return false;
    try {
      const record = await getDocument(db, key, lang());
      if (!record) throw new StorageProblem('other', `no stored document ${key}`);
      show(await place(record.doc), key, record.revision);
      return true;
    } catch (e) {
      if (!(e instanceof DamagedRecordError)) {
        fail(e);
        return false;
      }
      // Kept aside, never deleted: a warning for developers, the list and a message for the user.
      console.warn(`Flowsmith: ${e.message}`);
      damagedAtOpen.set(key, e.damage);
      const name = store.getState().documents.find((d) => d.key === key)?.name ?? key;
      if (store.getState().ready || !store.getState().damagedOpen)
        store.setState({ damagedOpen: { key, name, damage: e.damage } });
      await refreshList();
      return false;
    }
  }

  if (env.channel) {
    env.channel.addEventListener('message', (e) => {
      const m = e.data as Partial<ChannelMessage> | null;
      const { key, revision } = store.getState();
      if (!m || m.type !== 'saved' || m.key !== key || (m.revision ?? 0) <= revision) return;
      if (autosave.hasPendingChanges || editor.state.gesture) store.setState({ conflict: true });
      else void openStored(m.key);
    });
  }

  /** Opens the first of `candidates` that is not damaged; a blank process when none is. */
  async function openFirstHealthy(candidates: DocumentSummary[]) {
    for (const d of candidates) {
      if (d.damaged) continue;
      if (await openStored(d.key)) return;
      if (!damagedAtOpen.has(d.key)) break; // a storage error, not a damaged record
    }
    await openAsNew(env.blankDocument());
  }

  async function init() {
    try {
      db = await openDocumentDb(env.indexedDB);
    } catch (e) {
      fail(e);
    }
    if (db) {
      try {
        store.setState({ restored: await restoreJournal(db, journal, newKey, lang()) });
      } catch (e) {
        fail(e);
      }
    }
    await refreshList();
    const last = env.lastKey?.get();
    const docs = store.getState().documents;
    // The last process first, then the others; a damaged one is passed over, with a message.
    const candidates = [
      ...docs.filter((d) => d.key === last),
      ...docs.filter((d) => d.key !== last),
    ];
    // The message names the process that would have opened, not the last one tried.
    const first = candidates[0];
    if (first?.damaged)
      store.setState({ damagedOpen: { key: first.key, name: first.name, damage: first.damaged } });
    await openFirstHealthy(candidates);
    store.setState({ ready: true });
  }

  let initialised: Promise<void> | null = null;
  return {
    store,
    init() {
      initialised ??= init();
      return initialised;
    },
    openStored,
    openAsNew,
    newDocument: () => openAsNew(env.blankDocument()),
    async deleteStored(key) {
      if (!db) return;
      try {
        await deleteDocument(db, key);
        journal.clear(key); // a deleted process does not come back from its unsaved copy
        damagedAtOpen.delete(key);
        if (store.getState().damagedOpen?.key === key) store.setState({ damagedOpen: null });
        await refreshList();
        if (store.getState().key === key) await openFirstHealthy(store.getState().documents);
      } catch (e) {
        fail(e);
      }
    },
    refreshList,
    flush: () => autosave.flush(),
    pageLeaving(reason) {
      const { key, revision, conflict } = store.getState();
      const mustAsk = autosave.failed || conflict;
      const unsaved = editor.state.docVersion !== savedVersion;
      const journaled =
        !unsaved ||
        (key !== null &&
          journal.write({
            key,
            baseRevision: revision,
            writer,
            savedAt: Date.now(),
            doc: editor.state.doc,
          }));
      // The IndexedDB write starts now, synchronously; it usually completes even on close.
      if (reason !== 'beforeunload' || unsaved) void autosave.flush();
      return mustAsk || !journaled;
    },
    async rawJson(key) {
      if (!db) return undefined;
      const raw = await getRawRecord(db, key);
      return raw === undefined ? undefined : rawRecordJson(raw);
    },
    dismissDamaged() {
      store.setState({ damagedOpen: null });
    },
    async reloadFromStorage() {
      const { key } = store.getState();
      autosave.discard();
      store.setState({ conflict: false });
      if (key) await openStored(key);
    },
    async keepMineAsCopy() {
      const doc = editor.state.doc;
      autosave.discard();
      store.setState({ conflict: false });
      await openAsNew(doc);
    },
    dispose() {
      unsubscribe();
      env.channel?.close();
      db?.close();
    },
  };
}
