#!/usr/bin/env node
/**
 * The `flowsmith` command. Exit codes: 0 success, 1 the input has problems (invalid document,
 * error findings, refused conversion), 2 the input cannot be read at all or the call is wrong.
 */
import { runCli } from './runCli';

// `flowsmith … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv);
