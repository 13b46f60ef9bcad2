import { WEEKDAYS, type Calendar, type Lang } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { batchGroups, type ActivityGroups } from './batchGroups';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';
import { describeWeek } from './discoverRoleCalendars';

/** The rule's thresholds (see {@link scheduledBatches}). */
export const SCHEDULED_BATCH_RULE = {
  /** Fewest batches (cases started together) of an activity. */
  minBatches: 8,
  /** Share of the activity's executions that must be in batches of two or more. */
  minBatched: 0.8,
  /** At most this many moments of the week… */
  maxMoments: 3,
  /** …within this many minutes after which this share of the batches start. */
  lateMinutes: 60,
  minOnTime: 0.9,
} as const;

/** An activity whose cases are started together at the same moments each week. */
export interface ScheduledBatch {
  activity: string;
  /** A calendar that opens at those moments (each block one hour long). */
  calendar: Calendar;
  /** Each batch: when it started and when its last case completed (ms since 1970). */
  batches: { start: number; end: number; size: number }[];
}

const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 1440;
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The activities of `log` worked as scheduled batches: executions that start at the same instant
 * form a batch; an activity is one when it has at least 8 batches, at least 80 % of its
 * executions are in batches of two or more, and at least 90 % of its batches start within an
 * hour after one of at most 3 moments of the week (minute of week in `zone`, each the most
 * common start minute among the batches near it). Each gets a calendar opening at those moments
 * (one-hour blocks; ids `batch-schedule`, `batch-schedule-2`… avoiding `taken`), for the task's
 * `batch.schedule`. Start timestamps, else complete timestamps. `groups`: the log's executions
 * grouped by start instant (`batchGroups`), when the caller has them. Pure.
 */
export function scheduledBatches(
  log: EventLog,
  zone: TimeZone,
  taken: ReadonlySet<string>,
  lang: Lang = 'en',
  zoneName?: string,
  groups: readonly ActivityGroups[] = batchGroups(log, SCHEDULED_BATCH_RULE.minBatched),
): ScheduledBatch[] {
  const R = SCHEDULED_BATCH_RULE;
  const weekMinute = (t: number) => {
    const local = t / MINUTE + zoneOffsetAt(zone, t) + 3 * 1440; // from a Monday 00:00
    return ((Math.floor(local) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  };
  const found: ScheduledBatch[] = [];
  const used = new Set(taken);
  for (const { activity, groups: all, coincident } of groups) {
    if (coincident < R.minBatched) continue;
    const batches = all
      .filter((g) => g.size >= 2)
      .map(({ start, end, size }) => ({ start, end, size }));
    if (batches.length < R.minBatches) continue;
    // The most common start minutes, each taking the batches up to an hour after it.
    const counts = new Map<number, number>();
    for (const b of batches) {
      const m = weekMinute(b.start);
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const moments: number[] = [];
    let left = batches.map((b) => weekMinute(b.start));
    while (moments.length < R.maxMoments && left.length) {
      const best = [...counts].filter(([m]) => left.includes(m)).sort((a, b) => b[1] - a[1])[0];
      if (!best) break;
      moments.push(best[0]);
      left = left.filter((m) => (m - best[0] + WEEK_MINUTES) % WEEK_MINUTES > R.lateMinutes);
    }
    if (batches.length - left.length < R.minOnTime * batches.length) continue;
    moments.sort((a, b) => a - b);
    const week = moments.map((m) => {
      const day = Math.floor(m / 1440);
      const from = m % 1440;
      return { days: [WEEKDAYS[day]!], from: hhmm(from), to: hhmm(Math.min(1440, from + 60)) };
    });
    let id = found.length ? `batch-schedule-${found.length + 1}` : 'batch-schedule';
    while (used.has(id)) id += '-1';
    used.add(id);
    const when = describeWeek(week, lang);
    found.push({
      activity,
      calendar: {
        id,
        name: lang === 'zh-CN' ? `批量处理时间（${when}）` : `Batch runs (${when})`,
        ...(zoneName ? { timezone: zoneName } : {}),
        week,
      },
      batches,
    });
  }
  return found;
}
