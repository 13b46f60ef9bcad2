import type { Batch } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { batchGroups, type ActivityGroups, type BatchGroup } from './batchGroups';
import { batchWindow } from './batchWindow';

/** The rule's thresholds (see {@link batchesBySizeOrWindow}). */
export const SIZE_WINDOW_BATCH_RULE = {
  /** Fewest groups of two or more cases started at the same instant. */
  minBatches: 8,
  /** Share of the executions that must share their start instant with another… */
  minCoincident: 0.8,
  /** …at least this many times the share with another one resolution step away (chance: ≤ 1). */
  overNeighbours: 4,
  /** Share of the groups (with ready times) whose cases became ready at different instants. */
  minGathered: 0.8,
  /** Size alone: share of the groups of the largest size, which is the most common. */
  sizeShare: 0.8,
  /** Size with a window: groups of the largest size, at least this many… */
  pileUpGroups: 5,
  /** …and this many times as many as of the size below (the cap piles them up). */
  pileUpOverNext: 2,
  /** perCase kept when its slope is this many standard errors from 0 and at least `minPerCase`. */
  perCaseT: 3,
  minPerCase: 0.01,
} as const;

/** An activity whose cases gather and are released together by size, by window, or both. */
export interface SizeWindowBatch {
  activity: string;
  /** Released when this many cases have gathered. */
  size?: number;
  /** Released when the first waiting case has waited this many minutes. */
  window?: number;
  /** Each case beyond the first adds this share of the base duration. */
  perCase?: number;
  /** Each batch: when it started, when its last case completed (ms), how many cases. */
  batches: { start: number; end: number; size: number }[];
  /** Each batch's duration over (1 + perCase × (size − 1)), in the minutes `minutesOf` counts. */
  durations: number[];
}

const R = SIZE_WINDOW_BATCH_RULE;

/**
 * The activities of `log` (but those in `skip`) worked in batches released by size or by
 * window (SIM-BATCH-1): executions that start at the same instant form a group. An activity is
 * batched when ≥ 8 groups have two cases or more, ≥ 80 % of its executions share their start
 * instant, that share is ≥ 4 × the share whose instant has another execution one resolution
 * step (1 ms … 1 day, `timestampResolution`) away — by chance the second is the larger — and
 * ≥ 80 % of its groups gathered cases that became ready (previous completion) at different
 * instants (cases freed together by one earlier step do not count). Then: **size** N when the
 * largest group size is the most common and holds ≥ 80 % of the groups, or, with a window, when
 * ≥ 5 groups have it and ≥ 2 × as many as the size below (the cap piles them up); **window** W
 * (`batchWindow`) from the first case's wait in the groups smaller than N (all groups without
 * a size); neither: not a batch. `perCase`: the least-squares slope of the batch durations over
 * (size − 1) relative to the intercept, kept when ≥ 3 standard errors and ≥ 0.01 (sizes must
 * vary). Durations from a group's start to its last completion, in `minutesOf(activity)`.
 * Pure.
 */
export function batchesBySizeOrWindow(
  log: EventLog,
  skip: ReadonlySet<string>,
  minutesOf: (activity: string) => (fromMs: number, toMs: number) => number,
  groups: readonly ActivityGroups[] = batchGroups(log, R.minCoincident),
): SizeWindowBatch[] {
  const found: SizeWindowBatch[] = [];
  for (const a of groups) {
    if (skip.has(a.activity) || a.coincident < R.minCoincident) continue;
    if (a.coincident < R.overNeighbours * a.neighbouring) continue;
    const multi = a.groups.filter((g) => g.size >= 2);
    const known = multi.filter((g) => g.ready.length >= 2);
    const gathered = known.filter((g) => g.ready[g.ready.length - 1]! - g.ready[0]! > 0);
    if (multi.length < R.minBatches || known.length < R.minBatches) continue;
    if (gathered.length < R.minGathered * known.length) continue;
    const rule = releaseRule(a.groups, a.resolution);
    if (!rule) continue;
    const minutes = minutesOf(a.activity);
    const raw = a.groups.map((g) => minutes(g.start, g.end));
    const perCase = perCaseShare(a.groups, raw);
    found.push({
      activity: a.activity,
      ...rule,
      ...(perCase ? { perCase } : {}),
      batches: a.groups.map((g) => ({ start: g.start, end: g.end, size: g.size })),
      durations: raw.map((d, i) => d / (1 + (perCase ?? 0) * (a.groups[i]!.size - 1))),
    });
  }
  return found;
}

/** The task's `batch` field for `b` (window in minutes). Pure. */
export function taskBatch(b: SizeWindowBatch): Batch {
  return {
    ...(b.size !== undefined ? { size: b.size } : {}),
    ...(b.window !== undefined ? { window: { value: b.window, unit: 'min' as const } } : {}),
    ...(b.perCase !== undefined ? { perCase: b.perCase } : {}),
  };
}

/** Size and window of the groups (see {@link batchesBySizeOrWindow}), or undefined. */
function releaseRule(
  groups: readonly BatchGroup[],
  resolution: number,
): { size?: number; window?: number } | undefined {
  const count = new Map<number, number>();
  for (const g of groups) count.set(g.size, (count.get(g.size) ?? 0) + 1);
  const largest = Math.max(...count.keys());
  const atLargest = count.get(largest)!;
  const modal = [...count.values()].every((k) => k <= atLargest);
  const bySize = modal && largest >= 2 && atLargest >= R.sizeShare * groups.length;
  const pileUp =
    largest >= 2 &&
    atLargest >= R.pileUpGroups &&
    atLargest >= R.pileUpOverNext * (count.get(largest - 1) ?? 0);
  const pool = bySize || pileUp ? groups.filter((g) => g.size < largest) : groups;
  const window = batchWindow(
    pool.filter((g) => g.ready.length === g.size).map((g) => g.start - g.ready[0]!),
    resolution,
    bySize || pileUp ? R.pileUpGroups : R.minBatches,
  );
  const size = bySize || (pileUp && window !== undefined) ? largest : undefined;
  if (size === undefined && window === undefined) return undefined;
  return {
    ...(size !== undefined ? { size } : {}),
    ...(window !== undefined ? { window: Math.round(window / 600) / 100 } : {}),
  };
}

/** perCase from batch durations `d` over group sizes (see {@link batchesBySizeOrWindow}). */
function perCaseShare(groups: readonly BatchGroup[], d: readonly number[]): number | undefined {
  const m = groups.length;
  const sizes = new Map<number, number>();
  for (const g of groups) sizes.set(g.size, (sizes.get(g.size) ?? 0) + 1);
  if ([...sizes.values()].filter((k) => k >= 3).length < 2 || m < 4) return undefined;
  const x = groups.map((g) => g.size - 1);
  const mx = x.reduce((s, v) => s + v, 0) / m;
  const my = d.reduce((s, v) => s + v, 0) / m;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (d[i]! - my);
  }
  const b = sxy / sxx;
  const a = my - b * mx;
  let sse = 0;
  for (let i = 0; i < m; i++) sse += (d[i]! - a - b * x[i]!) ** 2;
  const se = Math.sqrt(sse / (m - 2) / sxx);
  const share = b / a;
  if (!(a > 0) || !(b >= R.perCaseT * se) || share < R.minPerCase) return undefined;
  return Math.round(share * 1000) / 1000;
}
