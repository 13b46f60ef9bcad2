import { CommanderError } from 'commander';
import { buildProgram, calledCommand } from './program';
import { CliError } from './CliError';
import { internalErrorMessage } from './internalError';
import { clearJsonResult, jsonReportText, wantsJson, type JsonError } from './io/jsonReport';

/**
 * Runs the CLI with the given argv (as `process.argv`), writing to stdout/stderr.
 * Returns the exit code instead of exiting, so tests can call it in-process. An unexpected error
 * (a bug) is reported as one sentence on stderr with exit 2, never thrown or printed as a stack.
 * With `--json`, stdout gets one report of the same shape whatever happened (see `JsonReport`).
 */
export async function runCli(argv: string[]): Promise<number> {
  clearJsonResult();
  const { code, error } = await run(argv);
  if (wantsJson(argv))
    process.stdout.write(jsonReportText(calledCommand(argv) ?? null, code, error));
  return code;
}

async function run(argv: string[]): Promise<{ code: number; error: JsonError | null }> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    if (code === 0) return { code, error: null };
    // A command that set its exit code itself: so far only an interrupted run (130).
    const reason = code === 130 ? 'interrupted' : 'failed';
    return { code, error: { code: reason, message: reason } };
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`flowsmith: ${error.message}\n`);
      return { code: error.exitCode, error: { code: error.code, message: error.message } };
    }
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander with exit code 0
      if (error.exitCode === 0) return { code: 0, error: null };
      const message = error.message.replace(/^error: /, '');
      return { code: 2, error: { code: error.code, message } };
    }
    // A bug, not the input: still one sentence and a documented exit code, never a raw stack.
    const message = internalErrorMessage(argv, error);
    process.stderr.write(`flowsmith: ${message}\n`);
    if (process.env.FLOWSMITH_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return { code: 2, error: { code: 'internal', message } };
  }
}
