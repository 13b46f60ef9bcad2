/**
 * Simulation time 0 in event logs by default: Monday 1 January 2024, 00:00 (the default start,
 * SIM-CAL-5). A run with another start passes `ResolvedScenario.startEpoch` instead.
 */
export const DEFAULT_LOG_EPOCH = Date.UTC(2024, 0, 1);

/**
 * The ISO 8601 timestamp of simulation minute `minutes` after `epoch` (ms since 1970): the
 * start's local date-time written with a `Z`, as Flowsmith's logs always have. Pure.
 */
export function logTimestamp(minutes: number, epoch = DEFAULT_LOG_EPOCH): string {
  return new Date(epoch + Math.round(minutes * 60_000)).toISOString();
}
