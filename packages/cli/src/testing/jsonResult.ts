import type { JsonReport } from '../io/jsonReport';
import type { CliRun } from './runCapture';

/**
 * The `--json` report a run printed on stdout (exactly one JSON document, of schema version 1),
 * for tests; throws when stdout is anything else.
 */
export function jsonReport(run: CliRun): JsonReport {
  const report = JSON.parse(run.stdout) as JsonReport;
  if (report.schemaVersion !== 1)
    throw new Error(`not a --json report: ${run.stdout.slice(0, 200)}`);
  return report;
}

/** The `result` of a run's `--json` report, typed as the test expects it. */
export function jsonResult<T>(run: CliRun): T {
  return jsonReport(run).result as T;
}
