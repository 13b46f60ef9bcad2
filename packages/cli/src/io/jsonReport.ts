import { toJson } from './toJson';

/** The version of the `--json` envelope; raised when a field changes meaning or goes away. */
export const JSON_SCHEMA_VERSION = 1;

/** Why a command ended with a non-zero exit: a stable code and the sentence stderr shows. */
export interface JsonError {
  /** e.g. `file.unreadable`, `commander.unknownCommand`, `internal` (see docs/cli.md). */
  code: string;
  message: string;
}

/**
 * What every command prints on stdout with `--json`, once, at the end — also when it failed
 * before producing anything (a missing file, an unknown command or option): `result` is the
 * command's own data (null when it got no result), `error` the reason of a non-zero exit.
 * Described by docs/schemas/cli-output.schema.json.
 */
export interface JsonReport {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  /** The subcommand called, or null when none was recognised. */
  command: string | null;
  ok: boolean;
  exitCode: number;
  result: unknown;
  error: JsonError | null;
}

let pending: { value: unknown } | undefined;

/**
 * Records `value` as the `result` of the running command's `--json` report; `runCli` prints the
 * report when the command ends. A command calls it instead of writing JSON itself, so an error
 * after the result (an `error` finding, a log that cannot be written) still gives one document.
 */
export function setJsonResult(value: unknown): void {
  pending = { value };
}

/** Forgets a recorded result: `runCli` calls it before each run. */
export function clearJsonResult(): void {
  pending = undefined;
}

/** The report of a finished run as indented JSON text ending in a newline. */
export function jsonReportText(
  command: string | null,
  exitCode: number,
  error: JsonError | null,
): string {
  const report: JsonReport = {
    schemaVersion: JSON_SCHEMA_VERSION,
    command,
    ok: exitCode === 0,
    exitCode,
    result: pending === undefined ? null : pending.value,
    error,
  };
  return `${toJson(report)}\n`;
}

/** Whether the call asks for JSON: `--json` before any `--`. Pure. */
export function wantsJson(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).includes('--json');
}
