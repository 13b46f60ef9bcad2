import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { batchMessages } from './batchMessages';
import { setJsonResult, type JsonError } from './jsonReport';

/** An input of a batch that failed: the file and why (`--json`: an entry of `result.files`). */
export interface BatchFailure {
  file: string;
  error: JsonError & { exitCode: number };
}

/**
 * Runs `work` on each input in turn in this one process, going on past an input that fails with a
 * `CliError` (its sentence goes to stderr at once); `done` hears of each success as it comes.
 * Records `{ files }` — the successes and failures in input order — as the `--json` result, and
 * when some failed throws at the end: a single input's own error, else a summary with the worst
 * exit code. Any other error (a bug) stops the batch.
 */
export async function runBatch<I extends { file: string }, R>(
  inputs: readonly I[],
  work: (input: I) => Promise<R>,
  lang: Lang,
  done?: (result: R) => void,
): Promise<Array<R | BatchFailure>> {
  const entries: Array<R | BatchFailure> = [];
  const failures: CliError[] = [];
  for (const input of inputs) {
    try {
      const result = await work(input);
      entries.push(result);
      done?.(result);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.push(error);
      const { code, message, exitCode } = error;
      entries.push({ file: input.file, error: { code, message, exitCode } });
      if (inputs.length > 1) process.stderr.write(`flowsmith: ${message}\n`);
    }
  }
  setJsonResult({ files: entries });
  if (failures.length === 0) return entries;
  if (inputs.length === 1) throw failures[0]!;
  const worst = failures.reduce((a, b) => (b.exitCode > a.exitCode ? b : a)).exitCode;
  const params = { failed: failures.length, total: inputs.length };
  throw new CliError(
    formatMessage(batchMessages, 'batch.summary', params, lang),
    worst,
    'batch.failed',
  );
}
