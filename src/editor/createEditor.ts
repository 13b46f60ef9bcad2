/**
 * The editor core: one zustand vanilla store per open document, and the only code that changes
 * the document. Life cycle of an edit:
 *
 *   execute(calls) ─► executeCommand for each call on a scratch document ─► one squashed patch
 *                 ─► doc replaced, entry pushed on the undo stack, redo stack cleared
 *   undo()        ─► applyPatch(doc, invertPatch(entry.patch)), entry moves to the redo stack
 *   gesture       ─► begin, transient patches (no history), then commit = one entry, or cancel =
 *                    the inverse of everything applied since begin
 *
 * Selection and viewport live beside the document and never touch the history. Loading a file
 * replaces the document and clears the history (loads are not undoable, DESIGN.md rule 7).
 *
 * The seam: every committed change is announced exactly once to `onChange` listeners as
 * `{ patch, source, doc }` — `user` (execute, a gesture's commit), `undo`, `redo`, `load`,
 * `remote`. A remote change (`applyRemote`, `resync`) never touches the history; the history
 * holds only this editor's own patches, and undo / redo re-target a patch that others' changes
 * made stale (`rebasePatch`), so undo undoes only one's own change.
 */
import {
  applyPatch,
  executeCommand,
  invertPatch,
  PatchConflictError,
  squashPatches,
  type CommandCall,
  type Lang,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { diffProcess } from '@flowsmith/collab';
import { rebasePatch, replacementPatch } from './rebasePatch';
import {
  EMPTY_SELECTION,
  type ChangeSource,
  type EditorChange,
  type EditorState,
  type Refusal,
  type Selection,
  type Viewport,
} from './editorState';

/** The result of running commands: the patch applied, or why nothing was applied. */
export type EditResult = { ok: true; patch: Patch } | { ok: false; refusal: Refusal };

/** The editor's public interface; see the module comment. */
export interface Editor {
  store: StoreApi<EditorState>;
  /** Current state (shorthand for `store.getState()`). */
  readonly state: EditorState;
  /** Runs the calls in order as one undoable step; all or nothing. */
  execute(calls: CommandCall | readonly CommandCall[], label?: string): EditResult;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Starts a gesture; edits through `gestureExecute` are transient until `commitGesture`. */
  beginGesture(label: string): void;
  /** Applies calls as a transient step of the running gesture (no history entry). */
  gestureExecute(calls: CommandCall | readonly CommandCall[]): EditResult;
  /** Ends the gesture as one history entry (nothing if it changed nothing). */
  commitGesture(): void;
  /** Ends the gesture by rolling back everything it applied. */
  cancelGesture(): void;
  /** Replaces the document (file open, other tab, example); clears history and selection. */
  load(doc: ProcessDocument): void;
  select(selection: Selection): void;
  setViewport(viewport: Viewport): void;
  setLang(lang: Lang): void;
  /** Calls `listener` once for every committed change (see the module comment); returns the unsubscribe. */
  onChange(listener: (change: EditorChange) => void): () => void;
  /**
   * Applies a change made elsewhere (another participant): no history entry, the undo and redo
   * stacks are kept. A running gesture keeps going on top of it (a change to a dragged step is
   * taken field by field; the drag keeps its positions). Outside a gesture, throws
   * `PatchConflictError` (and changes nothing) when the patch does not fit; the caller re-syncs.
   */
  applyRemote(patch: Patch): void;
  /**
   * Replaces the document by the shared one after a change that did not fit: a running gesture
   * is dropped, the history is kept (its patches are rebased when used), announced as `remote`.
   */
  resync(doc: ProcessDocument): void;
}

function runCalls(
  doc: ProcessDocument,
  calls: readonly CommandCall[],
  lang: Lang,
): { ok: true; doc: ProcessDocument; patch: Patch } | { ok: false; refusal: Refusal } {
  const patches: Patch[] = [];
  let current = doc;
  for (const call of calls) {
    const r = executeCommand(current, call, { lang });
    if (!r.ok) return { ok: false, refusal: r.refusal };
    patches.push(r.patch);
    current = r.document;
  }
  return {
    ok: true,
    doc: current,
    patch: patches.length === 1 ? patches[0]! : squashPatches(patches),
  };
}

function isEmpty(patch: Patch): boolean {
  return patch.added.length === 0 && patch.updated.length === 0 && patch.removed.length === 0;
}

/** Creates an editor on `doc`. `lang` picks the language of refusal messages. */
export function createEditor(doc: ProcessDocument, options: { lang?: Lang } = {}): Editor {
  let lang: Lang = options.lang ?? 'en';
  const store = createStore<EditorState>()(() => ({
    doc,
    docVersion: 0,
    selection: EMPTY_SELECTION,
    viewport: { x: 0, y: 0, zoom: 1 },
    undoStack: [],
    redoStack: [],
    gesture: null,
    refusal: null,
  }));
  const get = store.getState;
  const listeners = new Set<(change: EditorChange) => void>();
  const emit = (patch: Patch, source: ChangeSource) => {
    if (listeners.size === 0) return;
    const change: EditorChange = { patch, source, doc: get().doc };
    for (const listener of [...listeners]) listener(change);
  };
  /** Applies a history patch, rebased over others' changes when it no longer fits. */
  const applyOwn = (
    doc0: ProcessDocument,
    patch: Patch,
  ): { doc: ProcessDocument; patch: Patch } => {
    try {
      return { doc: applyPatch(doc0, patch), patch };
    } catch (error) {
      if (!(error instanceof PatchConflictError)) throw error;
      const rebased = rebasePatch(doc0, patch);
      return { doc: applyPatch(doc0, rebased), patch: rebased };
    }
  };
  const toArray = (c: CommandCall | readonly CommandCall[]): readonly CommandCall[] =>
    Array.isArray(c) ? (c as readonly CommandCall[]) : [c as CommandCall];

  /** Drops selected ids that no longer exist, so the inspector never shows a ghost. */
  const pruneSelection = (d: ProcessDocument, sel: Selection): Selection => {
    if (sel.steps.length === 0 && sel.flows.length === 0) return sel;
    const stepIds = new Set(d.steps.map((s) => s.id));
    const flowIds = new Set(d.flows.map((f) => f.id));
    const steps = sel.steps.filter((id) => stepIds.has(id));
    const flows = sel.flows.filter((id) => flowIds.has(id));
    if (steps.length === sel.steps.length && flows.length === sel.flows.length) return sel;
    return steps.length || flows.length ? { steps, flows } : EMPTY_SELECTION;
  };

  const commitGesture = () => {
    const g = get().gesture;
    if (!g) return;
    const patch = squashPatches(g.patches);
    if (g.patches.length === 0 || isEmpty(patch)) {
      store.setState({ gesture: null });
      return;
    }
    const s = get();
    store.setState({
      gesture: null,
      undoStack: [...s.undoStack, { patch, label: g.label }],
      redoStack: [],
    });
    emit(patch, 'user');
  };

  const editor: Editor = {
    store,
    get state() {
      return get();
    },
    execute(calls, label) {
      if (get().gesture) commitGesture();
      const list = toArray(calls);
      const r = runCalls(get().doc, list, lang);
      if (!r.ok) {
        store.setState({ refusal: r.refusal });
        return r;
      }
      if (isEmpty(r.patch)) {
        store.setState({ refusal: null });
        return { ok: true, patch: r.patch };
      }
      const s = get();
      store.setState({
        doc: r.doc,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(r.doc, s.selection),
        undoStack: [...s.undoStack, { patch: r.patch, label: label ?? list[0]?.id ?? '' }],
        redoStack: [],
        refusal: null,
      });
      emit(r.patch, 'user');
      return { ok: true, patch: r.patch };
    },
    undo() {
      if (get().gesture) editor.cancelGesture();
      const s = get();
      const entry = s.undoStack[s.undoStack.length - 1];
      if (!entry) return false;
      const applied = applyOwn(s.doc, invertPatch(entry.patch));
      const doc2 = applied.doc;
      const redone =
        applied.patch === entry.patch ? entry : { ...entry, patch: invertPatch(applied.patch) };
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(doc2, s.selection),
        undoStack: s.undoStack.slice(0, -1),
        redoStack: [...s.redoStack, redone],
        refusal: null,
      });
      emit(applied.patch, 'undo');
      return true;
    },
    redo() {
      if (get().gesture) editor.cancelGesture();
      const s = get();
      const entry = s.redoStack[s.redoStack.length - 1];
      if (!entry) return false;
      const applied = applyOwn(s.doc, entry.patch);
      const doc2 = applied.doc;
      const undone = applied.patch === entry.patch ? entry : { ...entry, patch: applied.patch };
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(doc2, s.selection),
        undoStack: [...s.undoStack, undone],
        redoStack: s.redoStack.slice(0, -1),
        refusal: null,
      });
      emit(applied.patch, 'redo');
      return true;
    },
    canUndo: () => get().undoStack.length > 0,
    canRedo: () => get().redoStack.length > 0,
    beginGesture(label) {
      if (get().gesture) commitGesture();
      store.setState({ gesture: { label, before: get().doc, patches: [] } });
    },
    gestureExecute(calls) {
      const g = get().gesture;
      if (!g) return editor.execute(calls);
      const r = runCalls(get().doc, toArray(calls), lang);
      if (!r.ok) return r;
      if (isEmpty(r.patch)) return { ok: true, patch: r.patch };
      const s = get();
      store.setState({
        doc: r.doc,
        docVersion: s.docVersion + 1,
        gesture: { ...g, patches: [...g.patches, r.patch] },
      });
      return { ok: true, patch: r.patch };
    },
    commitGesture,
    cancelGesture() {
      const s = get();
      const g = s.gesture;
      if (!g) return;
      if (g.patches.length === 0) {
        store.setState({ gesture: null });
        return;
      }
      // A remote change may have come in during the drag: rebased when the inverse no longer fits.
      const doc2 = applyOwn(s.doc, invertPatch(squashPatches(g.patches))).doc;
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        gesture: null,
        selection: pruneSelection(doc2, s.selection),
      });
    },
    load(next) {
      const s = get();
      const patch = listeners.size ? replacementPatch(s.doc, next) : null;
      store.setState({
        doc: next,
        docVersion: s.docVersion + 1,
        selection: EMPTY_SELECTION,
        undoStack: [],
        redoStack: [],
        gesture: null,
        refusal: null,
      });
      if (patch) emit(patch, 'load');
    },
    select(selection) {
      const s = get();
      const same =
        selection.steps.length === s.selection.steps.length &&
        selection.flows.length === s.selection.flows.length &&
        selection.steps.every((id, i) => s.selection.steps[i] === id) &&
        selection.flows.every((id, i) => s.selection.flows[i] === id);
      if (!same) store.setState({ selection: pruneSelection(s.doc, selection) });
    },
    setViewport(viewport) {
      store.setState({ viewport });
    },
    setLang(l) {
      lang = l;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    applyRemote(patch) {
      const s = get();
      const g = s.gesture;
      let applied = patch;
      let doc2: ProcessDocument;
      let gesture = g;
      if (!g) doc2 = applyPatch(s.doc, patch);
      else {
        // During a drag the dragged steps differ from what the sender saw: their change is
        // taken field by field, the drag's own fields (positions) stay the drag's.
        const here = applyOwn(s.doc, patch);
        doc2 = here.doc;
        applied = here.patch;
        // The drag so far, re-based on the new base, so that Escape or undo later takes back the
        // drag only, never their change.
        const before = applyOwn(g.before, patch).doc;
        const own = diffProcess(before, doc2);
        gesture = { ...g, before, patches: isEmpty(own) ? [] : [own] };
      }
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(doc2, s.selection),
        gesture,
      });
      emit(applied, 'remote');
    },
    resync(next) {
      const s = get();
      const patch = diffProcess(s.doc, next);
      store.setState({
        doc: next,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(next, s.selection),
        gesture: null,
      });
      emit(patch, 'remote');
    },
  };
  return editor;
}
