import { vi } from 'vitest';
import { runCli } from '../runCli';

/** What one in-process run of the CLI printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `flowsmith ...args` in-process and captures what it writes, for tests.
 *
 * stdout and stderr are spied on for the run only and restored afterwards, even when the command
 * throws. `process.exitCode` is cleared afterwards too, because `runCli` reads it: a command that
 * sets it (an interrupted simulation sets 130) would otherwise leak its code into the next run.
 */
export async function runCapture(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(['node', 'flowsmith', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
