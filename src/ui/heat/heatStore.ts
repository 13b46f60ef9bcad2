/**
 * The canvas heat overlay's state: which per-step figures colour the canvas and where they came
 * from (the analysis panel's predicted utilisation and waits, or the simulation's measured waits).
 * `null` means the overlay is off. Session state only: never persisted, never undoable.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

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

/** The app-wide heat store (one per page; the overlay reads it, analysis and simulation write it). */
export const heatStore = createStore<HeatState>()(() => ({ heat: null }));

/** Shows `heat` on the canvas, replacing whatever was shown. */
export function setHeat(heat: Heat | null): void {
  heatStore.setState({ heat });
}

/** Turns the overlay off if (and only if) `source` wrote what is shown. */
export function clearHeat(source: Heat['source']): void {
  if (heatStore.getState().heat?.source === source) heatStore.setState({ heat: null });
}

/** React hook: the heat currently shown (or null). */
export function useHeat(): Heat | null {
  return useStore(heatStore, (s) => s.heat);
}
