import type { Lang } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { batchedCapacity } from './batchedCapacity';
import { batchGroups } from './batchGroups';
import {
  batchesBySizeOrWindow,
  SIZE_WINDOW_BATCH_RULE,
  type SizeWindowBatch,
} from './batchesBySizeOrWindow';
import { clockMinutes, type Organisation } from './discoverOrganisation';
import { SCHEDULED_BATCH_RULE, scheduledBatches, type ScheduledBatch } from './scheduledBatches';

/** The batched activities of a log, by kind. */
export interface DiscoveredBatches {
  /** Started together at the same moments each week (`batch.schedule`). */
  scheduled: ScheduledBatch[];
  /** Gathered and released by size or window. */
  gathered: SizeWindowBatch[];
  /** Whether an activity is batched (either kind): its duration is one per batch. */
  has: (activity: string) => boolean;
}

/**
 * The batches of a log with start times (none without): scheduled batches first
 * (`scheduledBatches`), then batches by size or window among the other activities
 * (`batchesBySizeOrWindow`); a role that works batches has its capacity from the log counted with
 * each batch once (`batchedCapacity`), written on `org.roles`. Calendar ids avoid those in use.
 */
export function discoverBatches(
  log: EventLog,
  org: Organisation,
  zone: TimeZone,
  lang: Lang,
  zoneName?: string,
): DiscoveredBatches {
  if (!log.hasStart) return { scheduled: [], gathered: [], has: () => false };
  const taken = new Set([
    ...org.roles.map((r) => r.id),
    ...org.hours.calendars.map((c) => c.id),
    ...org.people.calendars.map((c) => c.id),
  ]);
  // Executions grouped by start instant once, for both kinds (80 % together at least).
  const groups = batchGroups(
    log,
    Math.min(SCHEDULED_BATCH_RULE.minBatched, SIZE_WINDOW_BATCH_RULE.minCoincident),
  );
  const scheduled = scheduledBatches(log, zone, taken, lang, zoneName, groups);
  const skip = new Set(scheduled.map((b) => b.activity));
  const minutes = (a: string) => org.minutesOf.get(a) ?? clockMinutes;
  const gathered = batchesBySizeOrWindow(log, skip, minutes, groups);
  const all = [...scheduled, ...gathered];
  const { capacityFrom } = org;
  if ((capacityFrom === 'concurrency' || capacityFrom === 'people') && all.length) {
    const once = batchedCapacity(
      log,
      org.roleOf,
      new Map(all.map((b) => [b.activity, b.batches])),
      capacityFrom === 'people' ? zone : undefined,
    );
    for (const r of org.roles) if (once.has(r.id) && r.capacity) r.capacity = once.get(r.id)!;
  }
  const batched = new Set(all.map((b) => b.activity));
  return { scheduled, gathered, has: (a) => batched.has(a) };
}
