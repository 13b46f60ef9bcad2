/**
 * Session state of the run mode (DESIGN.md rule 6: never saved with the document, never
 * undoable): the running cases, each an XState actor of the compiled process driven by a clock
 * only the user moves, and the case in focus.
 */
import type { AvailableActions, ProcessActor, SimulatedClock } from '@flowsmith/compiler';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';

/** Names to show in a case's audit trail, taken from the document when the case started. */
export interface CaseNames {
  steps: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  flows: ReadonlyMap<string, string>;
}

/** One running (or finished) case. */
export interface RunCase {
  id: string;
  /** 1-based, in the order cases were started this session. */
  number: number;
  colour: string;
  docId: string;
  docName: string;
  names: CaseNames;
  actor: ProcessActor;
  clock: InstanceType<typeof SimulatedClock>;
  snapshot: ReturnType<ProcessActor['getSnapshot']>;
  actions: AvailableActions;
  /** Clock time (ms) at which each waiting timer began, by `timerKey`. */
  timerStarts: ReadonlyMap<string, number>;
}

/** The run mode's state; see the module comment. */
export interface RunState {
  cases: RunCase[];
  focus: string | null;
  /** The number the next case gets. */
  next: number;
}

/** The run store of one editor (see `createPanelServices`). */
export type RunStore = StoreApi<RunState>;

/** A fresh run store: no cases. */
export const createRunStore = (): RunStore =>
  createStore<RunState>()(() => ({ cases: [], focus: null, next: 1 }));

/** React hook: the open editor's run store. */
export function useRunStore(): RunStore {
  return usePanels().run;
}

/** React hook: a slice of the run state. */
export function useRun<T>(selector: (s: RunState) => T): T {
  return useStore(usePanels().run, selector);
}
