/** @flowsmith/cli — the `flowsmith` command; `runCli` runs it in-process (used by tests). */
export { runCli } from './runCli';
export { buildProgram, VERSION } from './program';
export { CliError } from './CliError';
