/**
 * Session state of the SOP panel (never saved, never undoable): which document it shows and the
 * language chosen over the process's own, for the process they were chosen on. Kept outside the
 * panel so switching tabs does not forget them.
 */
import type { Lang } from '@flowsmith/model';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SopView } from '../../workers/sopProtocol';

/** The SOP panel's choices; `docId` is the process they belong to (another process starts afresh). */
export interface SopChoice {
  docId: string | null;
  /** null: the process's own language. */
  lang: Lang | null;
  view: SopView;
}

/** The app-wide SOP panel store. */
export const sopStore = createStore<SopChoice>()(() => ({
  docId: null,
  lang: null,
  view: { kind: 'sop' },
}));

/** React hook: the SOP panel's choices. */
export function useSopChoice(): SopChoice {
  return useStore(sopStore);
}
