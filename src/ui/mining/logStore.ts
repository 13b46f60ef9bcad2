/**
 * Session state of the event-log panel (never saved, never undoable): the log being mapped or
 * read, the log read with the rows left out, the explorer's choices (filters, map sliders,
 * noise), the last conformance check, the last comparison with the drawn map and the last
 * simulation compared with the log. One store per editor (see `createPanelServices`), so
 * it lives on while the discovered process and the drawn map are opened in turn.
 */
import type {
  Conformance,
  EventLog,
  FigureFinding,
  LogProblem,
  Validation,
} from '@flowsmith/mining';
import type { ProcessDiff, ProcessDocument } from '@flowsmith/model';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { usePanels } from '../EditorContext';
import type { DraftMapping } from './guessMapping';
import type { PanelFilter } from './logView';
import type { MiningTask } from './miningTask';

/** A CSV waiting for its columns to be mapped: the file, its header and first rows. */
export interface PendingCsv {
  file: Blob;
  name: string;
  header: string[];
  rows: string[][];
  draft: DraftMapping;
  timezone: string;
  /** An XLSX's sheets and the one previewed (and read); absent for CSV/TSV. */
  sheets?: string[];
  sheet?: string;
}

/**
 * "Simulate and compare with the log" of the document `docId` (named `docName`): under way (the
 * run, 1-based, of `runs`, the share of all runs done, the task to cancel), done (the comparison,
 * with the cases each run simulated and the document's role names), cancelled, or refused by the
 * simulator (its message).
 */
export type LogValidation = { docId: string; docName: string } & (
  | { state: 'running'; run: number; runs: number; progress: number; task: MiningTask<unknown> }
  | {
      state: 'done';
      validation: Validation;
      cases: number;
      runs: number;
      /** The names of the simulated document's roles, by id. */
      roleNames: Record<string, string>;
    }
  | { state: 'cancelled' }
  | { state: 'refused'; message: string }
);

/** The event-log panel's state; see the module comment. */
export interface LogState {
  /** A CSV whose mapping dialog is open. */
  pending: PendingCsv | null;
  /** A read in progress: the file name, the share read, and the task (to cancel). */
  reading: { name: string; progress: number; task: MiningTask<unknown> } | null;
  /** The last failure (reading, discovery or replay), shown in the panel. */
  error: string | null;
  /** The log read, its file name, the rows left out, and the time zone its times were read in. */
  loaded: {
    name: string;
    log: EventLog;
    problems: LogProblem[];
    problemCount: number;
    timezone?: string;
  } | null;
  filter: PanelFilter;
  view: 'variants' | 'map' | 'filter';
  mapMode: 'frequency' | 'performance';
  /** Disco-style sliders, 0..1. */
  activities: number;
  paths: number;
  /** The discovery noise threshold, 0..1. */
  noise: number;
  busy: 'discover' | 'conform' | 'compare' | 'validate' | null;
  /** The last replay, on the document `docId`, with its figures that differ from the log's. */
  check: { docId: string; conformance: Conformance; figures: FigureFinding[] } | null;
  /**
   * The last "Compare with the drawn map" of the document `docId`: `diffProcesses(drawn, found)`
   * where `found` is the discovered process with its ids mapped onto the drawn ones by name, and
   * how many of its `steps` were `matched` that way.
   */
  comparison: {
    docId: string;
    drawn: ProcessDocument;
    found: ProcessDocument;
    diff: ProcessDiff;
    matched: number;
    steps: number;
  } | null;
  /** The last simulation of a document compared with the log. */
  validation: LogValidation | null;
}

/** The event-log panel's store of one editor. */
export type LogStore = StoreApi<LogState>;

/** The explorer's choices for a freshly read log. */
export const freshChoices = (): Pick<
  LogState,
  | 'filter'
  | 'view'
  | 'mapMode'
  | 'activities'
  | 'paths'
  | 'check'
  | 'comparison'
  | 'validation'
  | 'error'
> => ({
  filter: { variants: [] },
  view: 'variants',
  mapMode: 'frequency',
  activities: 1,
  paths: 0.8,
  check: null,
  comparison: null,
  validation: null,
  error: null,
});

/** A fresh store: no log. */
export const createLogStore = (): LogStore =>
  createStore<LogState>()(() => ({
    pending: null,
    reading: null,
    loaded: null,
    noise: 0.2,
    busy: null,
    ...freshChoices(),
  }));

/** React hook: the open editor's log store (to write). */
export function useLogStore(): LogStore {
  return usePanels().log;
}

/** React hook: a slice of the log panel's state. */
export function useLog<T>(selector: (s: LogState) => T): T {
  return useStore(usePanels().log, selector);
}
