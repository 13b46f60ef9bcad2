import { CommanderError } from 'commander';
import { buildProgram } from './program';
import { CliError } from './CliError';
import { internalErrorMessage } from './internalError';

/**
 * Runs the CLI with the given argv (as `process.argv`), writing to stdout/stderr.
 * Returns the exit code instead of exiting, so tests can call it in-process. An unexpected error
 * (a bug) is reported as one sentence on stderr with exit 2, never thrown or printed as a stack.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`flowsmith: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander with exit code 0
      return error.exitCode === 0 ? 0 : 2;
    }
    // A bug, not the input: still one sentence and a documented exit code, never a raw stack.
    process.stderr.write(`flowsmith: ${internalErrorMessage(argv, error)}\n`);
    if (process.env.FLOWSMITH_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
