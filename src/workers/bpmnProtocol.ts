import type { BpmnWarning } from '@flowsmith/bpmn';
import type { Lang, ProcessDocument, Problem } from '@flowsmith/model';

/** A request to the BPMN worker: read a file's XML, or write a document as BPMN. */
export type BpmnRequest =
  /** `prosimos`: a Prosimos parameters file (JSON text) to apply to the imported documents. */
  | {
      id: number;
      type: 'import';
      xml: string;
      lang: Lang;
      prosimos?: string;
      /** Name of a main process the file leaves unnamed (the file's name). */
      fallbackName?: string;
    }
  /** `simulation`: write QBP and BPSim too (default: when the document has simulation parameters). */
  | { id: number; type: 'export'; document: ProcessDocument; simulation?: boolean };

/** The worker's answer to request `id`. */
export type BpmnResponse =
  | {
      id: number;
      ok: true;
      type: 'import';
      documents: ProcessDocument[];
      warnings: BpmnWarning[];
      /** Why the Prosimos parameters could not be applied, by JSON path (nothing was imported). */
      parameterProblems?: Problem[];
    }
  | { id: number; ok: true; type: 'export'; xml: string }
  | { id: number; ok: false; message: string };
