import type { BpmnWarning } from '@flowsmith/bpmn';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/** A request to the BPMN worker: read a file's XML, or write a document as BPMN. */
export type BpmnRequest =
  | { id: number; type: 'import'; xml: string; lang: Lang }
  | { id: number; type: 'export'; document: ProcessDocument };

/** The worker's answer to request `id`. */
export type BpmnResponse =
  | { id: number; ok: true; type: 'import'; documents: ProcessDocument[]; warnings: BpmnWarning[] }
  | { id: number; ok: true; type: 'export'; xml: string }
  | { id: number; ok: false; message: string };
