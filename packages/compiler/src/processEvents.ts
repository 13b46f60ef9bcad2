/**
 * The events a compiled process machine accepts, its context and its input (SPEC.md CM-EV).
 * Types only; the same shapes are written into the emitted TypeScript.
 */

/** Case data: what xor conditions read and tasks may fill in. */
export type CaseData = Record<string, unknown>;

/** Completes task `stepId`; `by` says who (default: the task's role), `data` is merged into the case. */
export interface CompleteEvent {
  type: 'COMPLETE';
  stepId: string;
  by?: string;
  outcome?: string;
  data?: CaseData;
  /** When it happened (ms since the epoch); default now. */
  at?: number;
}

/** Takes flow `flowId` at the open decision `stepId` (an xor whose flows leave the choice to people). */
export interface ChooseFlowEvent {
  type: 'CHOOSE';
  stepId: string;
  flowId: string;
  by?: string;
  at?: number;
}

/**
 * Takes the flows `flowIds` at the inclusive split `stepId` whose flows have no conditions
 * (SPEC.md CM-OR): one or more flows that are not the default, or the default flow alone.
 */
export interface ChooseFlowsEvent {
  type: 'CHOOSE';
  stepId: string;
  flowIds: string[];
  by?: string;
  at?: number;
}

/** A choice people make at a decision: one flow at an xor, one or more at an inclusive split. */
export type ChooseEvent = ChooseFlowEvent | ChooseFlowsEvent;

/** Merges `data` into the case's data; open decisions are looked at again. */
export interface SetDataEvent {
  type: 'SET_DATA';
  data: CaseData;
}

/** Every event of a process machine. */
export type ProcessEvent = CompleteEvent | ChooseEvent | SetDataEvent;

/** One line of the audit trail: which step, who, when, with what outcome (the runtime's type). */
export type { HistoryEntry } from './runtime';
import type { HistoryEntry } from './runtime';

/** The context of a process machine. */
export interface ProcessContext {
  data: CaseData;
  history: HistoryEntry[];
}

/** The input a process machine is started with. */
export interface ProcessInput {
  data?: CaseData;
}

/** What a finished process machine outputs (a subprocess hands it to its parent). */
export interface ProcessOutput {
  data: CaseData;
  history: HistoryEntry[];
}
