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
 */
import {
  applyPatch,
  executeCommand,
  invertPatch,
  squashPatches,
  type CommandCall,
  type Lang,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  EMPTY_SELECTION,
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
      return { ok: true, patch: r.patch };
    },
    undo() {
      if (get().gesture) editor.cancelGesture();
      const s = get();
      const entry = s.undoStack[s.undoStack.length - 1];
      if (!entry) return false;
      const doc2 = applyPatch(s.doc, invertPatch(entry.patch));
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(doc2, s.selection),
        undoStack: s.undoStack.slice(0, -1),
        redoStack: [...s.redoStack, entry],
        refusal: null,
      });
      return true;
    },
    redo() {
      if (get().gesture) editor.cancelGesture();
      const s = get();
      const entry = s.redoStack[s.redoStack.length - 1];
      if (!entry) return false;
      const doc2 = applyPatch(s.doc, entry.patch);
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        selection: pruneSelection(doc2, s.selection),
        undoStack: [...s.undoStack, entry],
        redoStack: s.redoStack.slice(0, -1),
        refusal: null,
      });
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
      const doc2 = applyPatch(s.doc, invertPatch(squashPatches(g.patches)));
      store.setState({
        doc: doc2,
        docVersion: s.docVersion + 1,
        gesture: null,
        selection: pruneSelection(doc2, s.selection),
      });
    },
    load(next) {
      const s = get();
      store.setState({
        doc: next,
        docVersion: s.docVersion + 1,
        selection: EMPTY_SELECTION,
        undoStack: [],
        redoStack: [],
        gesture: null,
        refusal: null,
      });
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
  };
  return editor;
}
