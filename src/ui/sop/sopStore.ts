/**
 * Session state of the SOP panel (never saved, never undoable): which document it shows and the
 * language chosen over the process's own, for the process they were chosen on. Kept outside the
 * panel so switching tabs does not forget them.
 */
import type { Lang } from '@flowsmith/model';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';
import type { SopView } from '../../workers/sopProtocol';

/** The SOP panel's choices; `docId` is the process they belong to (another process starts afresh). */
export interface SopChoice {
  docId: string | null;
  /** null: the process's own language. */
  lang: Lang | null;
  view: SopView;
}

/** The SOP panel's store of one editor (see `createPanelServices`). */
export type SopStore = StoreApi<SopChoice>;

/** A fresh SOP store: the process's own language, the SOP view. */
export const createSopStore = (): SopStore =>
  createStore<SopChoice>()(() => ({
    docId: null,
    lang: null,
    view: { kind: 'sop' },
  }));

/** React hook: the open editor's SOP store. */
export function useSopStore(): SopStore {
  return usePanels().sop;
}

/** React hook: the SOP panel's choices. */
export function useSopChoice(): SopChoice {
  return useStore(usePanels().sop);
}
