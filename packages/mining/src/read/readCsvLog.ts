import type { ReadLogResult } from '../log/eventLog';
import { csvRecords } from './csvRecords';
import { readRecordsLog, type ReadRecordsOptions } from './readRecordsLog';
import type { LogSource } from './textChunks';

/** Options of {@link readCsvLog}. */
export interface ReadCsvOptions extends ReadRecordsOptions {
  /** The field separator; default: guessed from the header (tab, `;` or `,`). */
  delimiter?: string;
}

/**
 * Reads a CSV or TSV event log in a stream, one activity instance per row, through a column
 * mapping (given, else guessed from the header: {@link resolveColumnMapping}). Timestamps may be
 * ISO 8601, `2024/3/5 14:30` or `2024年3月5日 14:30`; those without an offset are in the mapping's
 * `timezone` (default UTC). A row with the wrong number of fields, no case id or activity, or a
 * timestamp that cannot be read is left out and reported with its line. Throws a `MiningError`
 * only when the mapping does not fit the header (nothing could be read then).
 */
export function readCsvLog(
  source: LogSource,
  options: ReadCsvOptions = {},
): Promise<ReadLogResult> {
  return readRecordsLog(csvRecords(source, options.delimiter), options);
}
