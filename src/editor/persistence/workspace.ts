/**
 * The workspace: which stored process the editor shows, and keeping it safe. It connects the
 * editor to IndexedDB (document list, debounced autosave flushed when the tab hides or closes),
 * asks for persistent storage, and watches other tabs through a BroadcastChannel: a newer save
 * of the same document elsewhere reloads it here when nothing is pending, and otherwise raises a
 * conflict that the user resolves (their version, or mine as a copy). Storage errors end up in
 * `status`, never swallowed. Framework-free: browser objects are injected.
 */
import type { ProcessDocument } from '@flowsmith/model';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Editor } from '../createEditor';
import { Autosave, type SaveStatus } from './autosave';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  openDocumentDb,
  putDocument,
  type DocumentSummary,
} from './documentDb';
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
}

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
  openStored(key: string): Promise<void>;
  /** Stores `doc` as a new record and opens it (file, example, new, copy). */
  openAsNew(doc: ProcessDocument): Promise<void>;
  newDocument(): Promise<void>;
  deleteStored(key: string): Promise<void>;
  refreshList(): Promise<void>;
  flush(): Promise<void>;
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
  }));
  let db: IDBDatabase | null = null;
  let savedVersion = editor.state.docVersion;
  const newKey = env.newKey ?? (() => crypto.randomUUID());
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
      const next = await putDocument(db, key, doc, revision);
      savedVersion = docVersion;
      store.setState({ revision: next });
      env.channel?.postMessage({ type: 'saved', key, revision: next } satisfies ChannelMessage);
      void refreshList();
    },
  });

  const unsubscribe = editor.store.subscribe((s, prev) => {
    // Transient gesture steps are not saved; the committed result is.
    if (s.gesture) return;
    if (s.docVersion !== savedVersion && (s.docVersion !== prev.docVersion || prev.gesture))
      autosave.schedule();
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
      store.setState({ documents: await listDocuments(db) });
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
      const revision = await putDocument(db, key, doc, 0);
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

  async function openStored(key: string) {
    await autosave.flush();
    if (!db) return;
    try {
      const record = await getDocument(db, key);
      if (!record) throw new StorageProblem('other', `no stored document ${key}`);
      show(await place(record.doc), key, record.revision);
    } catch (e) {
      fail(e);
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

  async function init() {
    try {
      db = await openDocumentDb(env.indexedDB);
    } catch (e) {
      fail(e);
    }
    await refreshList();
    const last = env.lastKey?.get();
    const docs = store.getState().documents;
    const pick = docs.find((d) => d.key === last) ?? docs[0];
    if (pick) await openStored(pick.key);
    else await openAsNew(env.blankDocument());
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
        await refreshList();
        if (store.getState().key === key) {
          const next = store.getState().documents[0];
          if (next) await openStored(next.key);
          else await openAsNew(env.blankDocument());
        }
      } catch (e) {
        fail(e);
      }
    },
    refreshList,
    flush: () => autosave.flush(),
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
