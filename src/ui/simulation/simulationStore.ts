/**
 * The simulation panel's session state: the scenario being edited, the document to compare
 * with, the run in progress and the last results. Kept outside the panel so switching tabs keeps
 * them; never saved with the document and never undoable (results are derived, DESIGN.md rule 6).
 */
import type { ProcessDocument } from '@flowsmith/model';
import type { Comparison, SimulationSummary } from '@flowsmith/simulation';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';
import type { CycleSample } from './cycleSample';
import { defaultForm, type ScenarioForm } from './scenarioForm';
import type { RunProblem } from './simulationProtocol';

/** Results of a finished run, as-is first when two documents were compared. */
export interface SimulationResults {
  docs: ProcessDocument[];
  summaries: SimulationSummary[];
  cycles: CycleSample[][];
  comparison?: Comparison;
  /** Roles loaded to 100 % or more in a case-count run: its figures describe a build-up. */
  warnings: string[];
  /** Which slot above is the open document (its waits go on the canvas). */
  openSlot: number;
  /** The open document's storage key and version when the run started. */
  docKey: string | null;
  docVersion: number;
  ms: number;
  workers: number;
}

/** Where the run is. Problems carry the name of the document they concern. */
export type RunStatus =
  | { state: 'idle' }
  | { state: 'running'; progress: number }
  | { state: 'cancelled' }
  | { state: 'refused' | 'failed'; problems: Array<RunProblem & { document: string }> };

/** The store's state; see the module comment. */
export interface SimulationState {
  form: ScenarioForm;
  /** Storage key of the document to compare with; undefined picks the as-is / to-be partner. */
  compareKey: string | null | undefined;
  status: RunStatus;
  results: SimulationResults | null;
}

/** The simulation store of one editor (see `createPanelServices`). */
export type SimulationStore = StoreApi<SimulationState>;

/** A fresh simulation store: the default scenario, nothing run. */
export const createSimulationStore = (): SimulationStore =>
  createStore<SimulationState>()(() => ({
    form: defaultForm(),
    compareKey: undefined,
    status: { state: 'idle' },
    results: null,
  }));

/** React hook: the open editor's simulation store. */
export function useSimulationStore(): SimulationStore {
  return usePanels().simulation;
}

/** React hook: a slice of the simulation state. */
export function useSimulation<T>(selector: (s: SimulationState) => T): T {
  return useStore(usePanels().simulation, selector);
}

/** Changes some fields of the scenario form. */
export function editForm(store: SimulationStore, changes: Partial<ScenarioForm>): void {
  store.setState((s) => ({ form: { ...s.form, ...changes } }));
}
