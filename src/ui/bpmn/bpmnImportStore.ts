/**
 * What the last BPMN import said (session state, never saved): the file, the warnings the
 * importer gave, and which documents it made. The BPMN panel lists them for the user to read
 * and copy.
 */
import type { BpmnWarning } from '@flowsmith/bpmn';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The last import's report, or null before any import. */
export interface BpmnImportReport {
  fileName: string;
  warnings: BpmnWarning[];
  /** Names of the documents the file became (the first is the one opened). */
  documents: string[];
}

/** The store of the last import's report, one per editor (see `createPanelServices`). */
export type BpmnImportStore = StoreApi<{ report: BpmnImportReport | null }>;

/** A fresh store: no import yet. */
export const createBpmnImportStore = (): BpmnImportStore =>
  createStore<{ report: BpmnImportReport | null }>()(() => ({ report: null }));

/** The warnings as plain text, one per line, for the clipboard. Pure. */
export function warningsText(report: BpmnImportReport): string {
  return report.warnings
    .map((w) => [w.elementId, w.elementType, w.message].filter(Boolean).join('\t'))
    .join('\n');
}
