import { CommanderError } from 'commander';
import { buildProgram } from './program';
import { CliError } from './CliError';

/**
 * Runs the CLI with the given argv (as `process.argv`), writing to stdout/stderr.
 * Returns the exit code instead of exiting, so tests can call it in-process.
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
    throw error;
  }
}
