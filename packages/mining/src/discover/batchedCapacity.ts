import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { maxConcurrency } from './maxConcurrency';
import { peoplePerWeek } from './peoplePerWeek';

/**
 * The capacity of each role that works batches: the most of its work in progress at once,
 * counting each batch of `batched` (activity → its batches, start to last completion, ms) once
 * rather than once per case (SIM-BATCH-2: one person works a batch); with `people` (the zone
 * weeks are read in), never below the most distinct resources who did the role's work in one
 * calendar week (`peoplePerWeek`, as `discoverRoles` counts them). Roles without a batched activity are left out. Start
 * timestamps only. Pure.
 */
export function batchedCapacity(
  log: EventLog,
  roleOf: ReadonlyMap<string, string>,
  batched: ReadonlyMap<string, readonly { start: number; end: number }[]>,
  people?: TimeZone,
): Map<string, number> {
  const intervals = new Map<string, { start: number; end: number }[]>();
  for (const activity of batched.keys()) {
    const role = roleOf.get(activity);
    if (role && !intervals.has(role)) intervals.set(role, []);
  }
  for (const [activity, batches] of batched) {
    const role = roleOf.get(activity);
    if (role) intervals.get(role)!.push(...batches);
  }
  for (const c of log.cases)
    for (const e of c.events) {
      const role = roleOf.get(e.activity);
      const list = role === undefined ? undefined : intervals.get(role);
      if (list && !batched.has(e.activity) && e.start !== undefined)
        list.push({ start: e.start, end: e.complete });
    }
  const out = new Map<string, number>();
  for (const [role, list] of intervals) out.set(role, Math.max(1, maxConcurrency(list)));
  if (people)
    for (const [role, n] of peoplePerWeek(log, roleOf, people))
      if (out.has(role)) out.set(role, Math.max(out.get(role)!, n));
  return out;
}
