import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { WarningCode } from './messages';
import type { SimulationWarningCode } from './simulation/simulationMessages';

/** Something the import approximated or left out, named by the BPMN element it concerns. */
export interface BpmnWarning {
  code: WarningCode | SimulationWarningCode;
  /** The BPMN id of the element, as written in the file. */
  elementId?: string;
  /** The BPMN type, e.g. `bpmn:InclusiveGateway`. */
  elementType?: string;
  message: string;
}

/** Options of `importBpmn`. */
export interface ImportOptions {
  /** Language of warnings and errors; default `en`. */
  lang?: Lang;
  /** Largest file accepted, in UTF-16 code units (about bytes); default 20 MiB. */
  maxSize?: number;
  /** Deepest element nesting accepted; default 200. */
  maxDepth?: number;
  /**
   * Read the simulation data the file carries (BPSim, QBP); default true. Off when the
   * parameters come from elsewhere (a Prosimos file beside the model: Prosimos ignores them too).
   */
  simulation?: boolean;
  /**
   * Name of the main process when the file gives it none (neither process nor pool is named):
   * the file's name, say, rather than an id such as `sid-e138ad92-…`.
   */
  fallbackName?: string;
}

/** What `importBpmn` gives: the documents (the first is the main process) and the warnings. */
export interface ImportResult {
  documents: ProcessDocument[];
  warnings: BpmnWarning[];
  /**
   * The processes that call activities of another tool call but the file does not hold, each
   * warned about (`call-target-outside`, or `call-without-target` when the call names none): their
   * subprocess steps point at a process that does not exist yet. Calls exported by Flowsmith are
   * not listed — their process is a Flowsmith document kept beside the file.
   */
  externalProcesses?: string[];
}
