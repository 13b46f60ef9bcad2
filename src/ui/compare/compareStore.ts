import { createStore, useStore, type StoreApi } from 'zustand';
import { usePanels } from '../EditorContext';

/** Session state of the compare panel (never undoable, never saved). */
export interface CompareState {
  /** The stored process chosen to compare with; undefined: the as-is / to-be partner. */
  partnerKey: string | null | undefined;
  /** Which large view is open over the app. */
  view: 'maps' | 'timeline' | null;
  /** Whether the canvas outlines the steps that differ from the partner. */
  overlay: boolean;
  /** The diff status of the open document's steps, set by the panel for the canvas layer. */
  status: Record<string, string> | null;
}

/** The compare panel's store of one editor (see `createPanelServices`). */
export type CompareStore = StoreApi<CompareState>;

/** A fresh compare store: the partner picked automatically, no view open. */
export const createCompareStore = (): CompareStore =>
  createStore<CompareState>()(() => ({
    partnerKey: undefined,
    view: null,
    overlay: false,
    status: null,
  }));

/** React hook: the open editor's compare store. */
export function useCompareStore(): CompareStore {
  return usePanels().compare;
}

/** A slice of the compare state. */
export function useCompare<T>(selector: (s: CompareState) => T): T {
  return useStore(usePanels().compare, selector);
}
