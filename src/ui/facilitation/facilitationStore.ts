/**
 * Session state of the facilitation feature (never saved, never undoable): the note the keyboard
 * is on, whether resolved notes are shown, and the analysis' finding order. Workshop material
 * itself lives in the document.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** See the module comment. */
export interface FacilitationState {
  /** The note focused on the map or in the panel. */
  focusedNote: string | null;
  showResolved: boolean;
  /** Order of the analysis panel's findings: by impact (the analysis' order) or by votes. */
  findingOrder: 'impact' | 'votes';
  /** Asks the panel to focus the new-note field (a counter, so each request is seen). */
  composeRequest: number;
}

/** The facilitation session store (one per app). */
export const facilitationStore = createStore<FacilitationState>()(() => ({
  focusedNote: null,
  showResolved: false,
  findingOrder: 'impact',
  composeRequest: 0,
}));

/** A slice of the facilitation session state. */
export function useFacilitation<T>(selector: (s: FacilitationState) => T): T {
  return useStore(facilitationStore, selector);
}
