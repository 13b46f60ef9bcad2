import type { Patch, ProcessDocument } from '@flowsmith/model';

/** What is selected: steps and flows by id. Session state, never undoable. */
export interface Selection {
  steps: readonly string[];
  flows: readonly string[];
}

/** The canvas viewport (pan and zoom). Session state, never undoable. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** One undoable change: the patch that made it and a short label for the undo menu. */
export interface HistoryEntry {
  patch: Patch;
  label: string;
}

/** A gesture in progress (a drag): the patches applied so far and the document before it. */
export interface Gesture {
  label: string;
  before: ProcessDocument;
  patches: Patch[];
}

/** Why the last edit was refused, shown to the user until the next edit. */
export interface Refusal {
  code: string;
  message: string;
}

/**
 * The editor's whole state, three parts kept apart (DESIGN.md rule 6): the document (persisted,
 * undoable), the session (selection, viewport; never undoable) and the history.
 */
export interface EditorState {
  doc: ProcessDocument;
  /** Increments on every document change, including undo, redo and transient gesture steps. */
  docVersion: number;
  selection: Selection;
  viewport: Viewport;
  undoStack: readonly HistoryEntry[];
  redoStack: readonly HistoryEntry[];
  gesture: Gesture | null;
  refusal: Refusal | null;
}

/** What made a committed change to the document. */
export type ChangeSource = 'user' | 'undo' | 'redo' | 'load' | 'remote';

/**
 * One committed change, announced once: the patch that turned the previous document into `doc`.
 * Transient gesture steps are not announced; the gesture's commit is, as one `user` change.
 */
export interface EditorChange {
  patch: Patch;
  source: ChangeSource;
  /** The document after the change. */
  doc: ProcessDocument;
}

/** The empty selection (shared, so "nothing selected" compares equal by identity). */
export const EMPTY_SELECTION: Selection = Object.freeze({ steps: [], flows: [] });
