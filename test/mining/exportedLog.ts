import type { ProcessDocument } from '@flowsmith/model';
import { logKpis, readCsvLog, simulatedLog, type EventLog, type LogKpis } from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

/** One replication without warm-up: `cases` cases from `seed`. */
export interface RunSize {
  cases: number;
  seed: number;
}

/**
 * The round trips' first step: one replication of `doc` with its event log, exported as the
 * simulation writes it (CSV) and read back as a user's export is (the `role` and `resource`
 * columns: the role and the person who did the work).
 */
export async function exportedLog(doc: ProcessDocument, size: RunSize): Promise<EventLog> {
  const { cases, seed } = size;
  const run = runReplicationSync(doc, { cases, warmup: 0, replications: 1, seed }, 0, {
    recordLog: true,
  });
  const { log } = await readCsvLog(eventLogCsv(run.log!), {
    mapping: { role: 'role', resource: 'resource' },
  });
  return log;
}

/**
 * The validation's other side: the key figures of `doc` simulated once per seed (`cases` cases,
 * no warm-up), measured on its own event log as a log with start times (`simulatedLog`), the
 * durations of each activity in `minutesOf` (default clock minutes).
 */
export function simulatedFigures(
  doc: ProcessDocument,
  cases: number,
  seeds: readonly number[],
  minutesOf?: Parameters<typeof logKpis>[2],
): LogKpis[] {
  return seeds.map((seed) => {
    const run = runReplicationSync(doc, { cases, warmup: 0, replications: 1, seed }, 0, {
      recordLog: true,
    });
    return logKpis(simulatedLog(run.log!, true, DEFAULT_LOG_EPOCH), doc, minutesOf);
  });
}
