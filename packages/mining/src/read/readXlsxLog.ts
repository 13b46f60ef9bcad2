import type { ReadLogResult } from '../log/eventLog';
import { readRecordsLog, type ReadRecordsOptions } from './readRecordsLog';
import { xlsxRows } from './xlsxRows';
import { openXlsx } from './xlsxWorkbook';

/** Options of {@link readXlsxLog}. */
export interface ReadXlsxOptions extends ReadRecordsOptions {
  /** The sheet to read, by name; default the first. */
  sheet?: string;
}

/** What {@link readXlsxLog} returns: the log, its problems, and which sheet was read. */
export interface ReadXlsxResult extends ReadLogResult {
  sheet: string;
  sheets: string[];
}

/**
 * Reads an event log from an XLSX export (`bytes`, the whole file): the sheet `options.sheet`
 * (default the first) through the same column mapping as a CSV (`readRecordsLog`; its first
 * non-empty row is the header). Text, numbers and booleans as written, shared strings looked up,
 * date- and time-formatted cells as their wall-clock time (Excel serials, 1900 or 1904 system,
 * read in the mapping's `timezone`); rows shorter than the header are padded with empty cells.
 * Bad rows are reported by their row number. Throws a `MiningError` when the bytes are not an XLSX
 * workbook, no sheet has that name, or the mapping does not fit the header. Memory: the file, the
 * sheet's XML unzipped and the shared strings, plus the events kept.
 */
export async function readXlsxLog(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): Promise<ReadXlsxResult> {
  const book = await openXlsx(bytes, options.sheet, options.lang);
  async function* padded() {
    let width = -1;
    for await (const row of xlsxRows(book)) {
      if (width < 0) width = row.fields.length;
      while (row.fields.length < width) row.fields.push('');
      yield row;
    }
  }
  const result = await readRecordsLog(padded(), options);
  return { ...result, sheet: book.sheet, sheets: book.sheets };
}
