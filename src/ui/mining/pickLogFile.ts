/** The file input accept list for event logs. */
export const LOG_ACCEPT = '.csv,.tsv,.xes,.gz,text/csv,text/tab-separated-values';

/**
 * Asks for an event-log file through a file input (the log is read as a stream from the `File`,
 * never as one string); null when the user cancels.
 */
export function pickLogFile(): Promise<File | null> {
  return new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = LOG_ACCEPT;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'log-file-input');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
