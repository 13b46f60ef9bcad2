/** Simulation time 0 in event logs: Monday 1 January 2024, 00:00 UTC (a Monday, as simulation time 0 is). */
export const DEFAULT_LOG_EPOCH = Date.UTC(2024, 0, 1);

/** The ISO 8601 timestamp of simulation minute `minutes` after `epoch` (ms since 1970, UTC). Pure. */
export function logTimestamp(minutes: number, epoch = DEFAULT_LOG_EPOCH): string {
  return new Date(epoch + Math.round(minutes * 60_000)).toISOString();
}
