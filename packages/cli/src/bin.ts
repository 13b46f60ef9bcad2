#!/usr/bin/env -S npx tsx
/**
 * The `flowsmith` command. Exit codes: 0 success, 1 the input has problems (invalid document,
 * error findings, refused conversion), 2 the input cannot be read at all or the call is wrong.
 */
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv);
