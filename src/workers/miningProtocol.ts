import type {
  Conformance,
  ColumnMapping,
  EventLog,
  FigureFinding,
  ReadLogResult,
  Validation,
} from '@flowsmith/mining';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/**
 * A request to the mining worker: read a log file (CSV/TSV or a sheet of an XLSX, default the first, through a
 * column mapping, or XES, plain or .gz), discover a process from a log, replay a log on a document
 * (with the drawn figures that differ from the log's, `figuresVersusData`), or simulate a document
 * and compare its figures with the log's (`validateAgainstLog`, five runs from `seed`).
 */
export type MiningRequest =
  | {
      type: 'read';
      file: Blob;
      name: string;
      mapping?: Partial<ColumnMapping>;
      /** The sheet of an XLSX to read; default the first. */
      sheet?: string;
      lang: Lang;
    }
  | { type: 'discover'; log: EventLog; noise: number; name: string; lang: Lang }
  | {
      type: 'conform';
      log: EventLog;
      document: ProcessDocument;
      /** The zone the log's times were read in (drawn calendars are read in it); else UTC. */
      zone?: string;
    }
  | {
      type: 'validate';
      log: EventLog;
      document: ProcessDocument;
      /** The zone the log's times were read in (role calendars are read in it); else UTC. */
      zone?: string;
      /** The first run's seed. */
      seed: number;
      /** The language of the simulator's refusals. */
      lang: Lang;
    };

/**
 * The worker's messages: progress (0..1: of a read, the file's bytes; of a validation, the
 * simulated cases of all runs, with the run under way, 1-based, of `runs`), then one answer.
 */
export type MiningResponse =
  | { type: 'progress'; fraction: number; run?: number; runs?: number }
  | { type: 'read'; result: ReadLogResult }
  | { type: 'discover'; document: ProcessDocument }
  | { type: 'conform'; conformance: Conformance; figures: FigureFinding[] }
  | { type: 'validate'; validation: Validation; cases: number }
  | { type: 'error'; message: string };

/** Whether a file name is read as XES (else as CSV/TSV). Pure. */
export function isXesName(name: string): boolean {
  return /\.xes(\.gz)?$/i.test(name);
}

/** Whether a file name is read as an XLSX workbook (its first sheet, through a column mapping). Pure. */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** Whether a dropped or picked file is an event log the app reads (.csv, .tsv, .xes, .xes.gz, .xlsx). Pure. */
export function isLogName(name: string): boolean {
  return /\.(csv|tsv|xes|xes\.gz|xlsx)$/i.test(name);
}
