/**
 * Session state of the app chrome (never persisted with the document, never undoable): which
 * view and side panel are showing, the open dialog, transient notices, canvas preferences, and
 * the canvas's imperative handle for zooming and fitting.
 */
import type { Problem } from '@flowsmith/model';
import { createStore } from 'zustand/vanilla';

/** What the canvas lets the rest of the app do (set by the canvas when it mounts). */
export interface CanvasApi {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Centres the view on a step. */
  focusStep(id: string): void;
  /** Fits the view to several steps (all of them in view, clear of the lane headers). */
  focusSteps(ids: readonly string[]): void;
  /** Pans (without zooming) just enough to show a step, if it is out of view. */
  reveal(id: string): void;
  /** The flow-space point at the centre of the visible canvas. */
  centre(): { x: number; y: number };
  /** The SVG element of the flows (for export). */
  element(): HTMLElement | null;
}

/** A dialog the app may show, one at a time. */
export type Dialog =
  | { type: 'help' }
  | { type: 'documents' }
  | { type: 'examples' }
  | { type: 'problems'; fileName: string; problems: Problem[] };

/** A short message at the bottom of the screen. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** Above this many steps the minimap starts hidden: it redraws every step on every drag frame. */
export const MINIMAP_AUTO_LIMIT = 1000;

/** The chrome's state; see the module comment. */
export interface UiState {
  view: 'canvas' | 'table';
  panel: string;
  dialog: Dialog | null;
  notice: Notice | null;
  searchOpen: boolean;
  snapToGrid: boolean;
  /** Shown, hidden, or `null`: automatic (shown up to `MINIMAP_AUTO_LIMIT` steps). */
  minimap: boolean | null;
  layoutRunning: boolean;
  /** Presentation mode: the map full screen, chrome hidden, larger type (Shift+P; Esc leaves). */
  presenting: boolean;
  canvas: CanvasApi | null;
}

/** Creates the chrome store (one per app). */
export function createUiStore() {
  return createStore<UiState>()(() => ({
    view: 'canvas',
    panel: 'inspector',
    dialog: null,
    notice: null,
    searchOpen: false,
    snapToGrid: true,
    minimap: null,
    layoutRunning: false,
    presenting: false,
    canvas: null,
  }));
}

/** The chrome store's type. */
export type UiStore = ReturnType<typeof createUiStore>;
