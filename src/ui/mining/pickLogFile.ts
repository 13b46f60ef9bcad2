import { pickFileWithInput } from '../files/pickFileWithInput';

/** The file input accept list for event logs. */
export const LOG_ACCEPT =
  '.csv,.tsv,.xes,.gz,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Asks for an event-log file through a file input (the log is read as a stream from the `File`,
 * never as one string); null when the user cancels.
 */
export function pickLogFile(): Promise<File | null> {
  return pickFileWithInput(LOG_ACCEPT, 'log-file-input');
}
