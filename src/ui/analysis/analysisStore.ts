/**
 * Session state of the analysis feature (DESIGN.md rule 6: findings are derived, never stored
 * with the document): the last result and the document it was computed from, whether a run is
 * going, the overlay switches, and the change list of the last to-be created.
 */
import type { AnalysisResult, ImprovementChange, PredictedEffect } from '@flowsmith/analysis';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';
import type { HeatMetric } from './heatColour';

/** The to-be last created: which document it is and what was changed, for the change list. */
export interface ToBeRecord {
  docId: string;
  /** The as-is it was derived from, to say the changes again in another language. */
  asIs: ProcessDocument;
  /** The language of the change sentences. */
  lang: Lang;
  name: string;
  asIsName: string;
  changes: ImprovementChange[];
  effect: PredictedEffect;
}

/** The analysis feature's state; see the module comment. */
export interface AnalysisState {
  /** The panel was opened this session: the runner keeps results fresh and the layers draw. */
  active: boolean;
  status: 'idle' | 'running' | 'error';
  /** The running (or last) analysis ran in the worker. */
  inWorker: boolean;
  error: string | null;
  /** The document `result` describes, and the language of its sentences. */
  doc: ProcessDocument | null;
  lang: Lang | null;
  result: AnalysisResult | null;
  badges: boolean;
  /** What the heat overlay colours by when it shows the analysis; null is off. */
  heat: HeatMetric | null;
  /** The finding to highlight; `open` (a badge click) also scrolls to it and unfolds its suggestions. */
  focus: { finding: string; open: boolean } | null;
  toBeRunning: boolean;
  toBe: ToBeRecord | null;
}

/** The analysis store of one editor (see `createPanelServices`). */
export type AnalysisStore = StoreApi<AnalysisState>;

/** A fresh analysis store: nothing analysed, badges on, no heat. */
export const createAnalysisStore = (): AnalysisStore =>
  createStore<AnalysisState>()(() => ({
    active: false,
    status: 'idle',
    inWorker: false,
    error: null,
    doc: null,
    lang: null,
    result: null,
    badges: true,
    heat: null,
    focus: null,
    toBeRunning: false,
    toBe: null,
  }));

/** React hook: the open editor's analysis store. */
export function useAnalysisStore(): AnalysisStore {
  return usePanels().analysis;
}

/** React hook: a slice of the analysis state. */
export function useAnalysisState<T>(selector: (s: AnalysisState) => T): T {
  return useStore(usePanels().analysis, selector);
}
