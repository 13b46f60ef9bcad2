/**
 * The canvas heat overlay's state: which per-step figures colour the canvas and where they came
 * from (the analysis panel's predicted utilisation and waits, or the simulation's measured waits).
 * `null` means the overlay is off. Session state only: never persisted, never undoable.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';

/** The figures for one step; either may be missing (then the step is drawn uncoloured). */
export interface StepHeat {
  /** Utilisation of the step's role (or the step's own resource), 0..1 (may exceed 1 when overloaded). */
  utilization?: number;
  /** Mean wait before the step starts, in minutes. */
  waitMean?: number;
}

/** What the heat overlay shows. */
export interface Heat {
  /** Who wrote it; a writer clears only its own heat. */
  source: 'analysis' | 'simulation';
  /** A short caption for the legend, already in the UI language. */
  label: string;
  /** Per-step figures keyed by step id. */
  steps: Record<string, StepHeat>;
}

/** The store's state: the overlay's content, or null when off. */
export interface HeatState {
  heat: Heat | null;
}

/** The heat store of one editor (the overlay reads it, analysis and simulation write it). */
export type HeatStore = StoreApi<HeatState>;

/** A fresh heat store: the overlay off. */
export const createHeatStore = (): HeatStore => createStore<HeatState>()(() => ({ heat: null }));

/** Shows `heat` on the canvas, replacing whatever was shown. */
export function setHeat(store: HeatStore, heat: Heat | null): void {
  store.setState({ heat });
}

/** Turns the overlay off if (and only if) `source` wrote what is shown. */
export function clearHeat(store: HeatStore, source: Heat['source']): void {
  if (store.getState().heat?.source === source) store.setState({ heat: null });
}

/** React hook: the open editor's heat store. */
export function useHeatStore(): HeatStore {
  return usePanels().heat;
}

/** React hook: the heat currently shown (or null). */
export function useHeat(): Heat | null {
  return useStore(usePanels().heat, (s) => s.heat);
}
