import type { LogEntry } from '../results';
import { DEFAULT_LOG_EPOCH, logTimestamp } from './logTimestamp';

const HEADER = [
  'case_id',
  'activity_id',
  'activity',
  'role',
  'ready',
  'start',
  'end',
  'ready_min',
  'start_min',
  'end_min',
];

/**
 * The event log as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF), one row per
 * task or timer execution: case id (`r<replication>-<case>`), step id and name, role, ISO
 * timestamps and simulation minutes. Opens in process-mining tools (Disco, ProM, PM4Py). Pure.
 * A field starting with `=`, `+`, `-`, `@`, a tab, CR or LF is prefixed with `'` so spreadsheets do
 * not run it, unless it is a plain number (`-1.5`, `2e-3`): `-1+cmd|…` is prefixed like any other.
 * When some work has a role (or a person), a last column `resource` names who did it, as
 * process-mining tools read that column: a named member, or a capacity unit of an anonymous role,
 * `clerk 1` … `clerk N` (SIM-LOG-4); the role is in the `role` column.
 * `epoch` is the start (`ResolvedScenario.startEpoch`; default 2024-01-01T00:00, SIM-LOG-3).
 */
export function eventLogCsv(entries: readonly LogEntry[], epoch = DEFAULT_LOG_EPOCH): string {
  // Who did it whenever some work was done for a role (a log without roles has nobody to name).
  const people = entries.some((e) => e.person !== undefined || e.role !== '');
  const rows = [(people ? [...HEADER, 'resource'] : HEADER).join(',')];
  for (const e of entries) {
    rows.push(
      [
        `r${e.replication}-${e.caseId}`,
        e.step,
        e.stepName,
        e.role,
        logTimestamp(e.ready, epoch),
        logTimestamp(e.start, epoch),
        logTimestamp(e.end, epoch),
        round(e.ready),
        round(e.start),
        round(e.end),
        ...(people ? [e.person ?? ''] : []),
      ]
        .map(field)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** A number as `String(number)` writes it, and nothing else. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** Whether a spreadsheet could take `value` as a formula (a leading `= + - @`, tab, CR or LF). */
function startsLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r\n]/.test(value) && !PLAIN_NUMBER.test(value);
}

function field(value: string): string {
  const safe = startsLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
