/**
 * Data shaping for the simulation charts (recharts rows), pure so it can be tested in Node. A
 * "slot" is one simulated document: 0 the open one, 1 the one it is compared with.
 */
import type { SimulationSummary, TimeSeries } from '@flowsmith/simulation';
import type { CycleSample } from './cycleSample';
import { inUnit, MINUTES_PER, timeUnitFor, type TimeUnit } from './timeUnit';

/** One bar group of the cycle-time histogram: a bin (in `unit`) and the share of cases per slot, in %. */
export interface HistogramRow {
  from: number;
  to: number;
  /** Share of slot i's cases in this bin, in percent, under key `s${i}`. */
  [slot: `s${number}`]: number;
}

/**
 * A histogram of cycle times over bins shared by all slots, from 0 to the 99th percentile of the
 * longest slot (rarer, longer cases go into the last bin so the shape stays readable). Pure.
 */
export function histogramData(
  slots: ReadonlyArray<readonly CycleSample[]>,
  bins = 20,
): { unit: TimeUnit; rows: HistogramRow[] } {
  const tops = slots.map((samples) => weightedQuantile(samples, 0.99));
  const top = Math.max(0, ...tops.filter(Number.isFinite));
  const unit = timeUnitFor(top);
  // A round bin width in the display unit (1, 2, 2.5 or 5 × 10^k), so the axis reads 0, 5, 10, …
  const width = niceStep(top / MINUTES_PER[unit] / bins) * MINUTES_PER[unit];
  const count = Math.max(1, Math.min(bins * 2, Math.ceil(top / width) || 1));
  const rows: HistogramRow[] = [];
  for (let b = 0; b < count; b++)
    rows.push({ from: inUnit(b * width, unit), to: inUnit((b + 1) * width, unit) });
  slots.forEach((samples, i) => {
    const counts = new Array<number>(count).fill(0);
    let total = 0;
    for (const s of samples) {
      for (const v of s.values)
        counts[Math.min(count - 1, Math.max(0, Math.floor(v / width)))]! += s.weight;
      total += s.values.length * s.weight;
    }
    counts.forEach((c, b) => (rows[b]![`s${i}`] = total ? Math.round((c / total) * 1000) / 10 : 0));
  });
  return { unit, rows };
}

/** One role's utilisation per slot, in percent (missing where a slot has no such role). */
export interface UtilizationRow {
  role: string;
  [slot: `s${number}`]: number | undefined;
}

/**
 * Utilisation per role (percent), roles of the first slot first, then those only the others
 * have (a to-be may add a role); `names` maps role id → name per slot. Pure.
 */
export function utilizationData(
  summaries: readonly SimulationSummary[],
  names: ReadonlyArray<Record<string, string>>,
): UtilizationRow[] {
  const ids: string[] = [];
  for (const s of summaries)
    for (const id of Object.keys(s.roles)) if (!ids.includes(id)) ids.push(id);
  return ids.map((id) => {
    const row: UtilizationRow = { role: names.find((n) => n[id] !== undefined)?.[id] ?? id };
    summaries.forEach((s, i) => {
      const r = s.roles[id];
      row[`s${i}`] = r ? Math.round(r.utilization * 1000) / 10 : undefined;
    });
    return row;
  });
}

/** A line of the over-time chart: which slot, what it measures, and its points (t in the chart's unit). */
export interface OverTimeLine {
  key: string;
  slot: number;
  /** `wip`, or the id of the role whose queue this is. */
  measure: 'wip' | 'queue';
  role?: string;
  points: Array<{ t: number; v: number }>;
}

/**
 * Lines of work in progress and queue length over time: WIP of every slot, and the queues of
 * the `maxQueues` roles with the longest mean queue (per slot; only the first slot's when
 * comparing, to keep the chart legible). Time on a shared unit from the longest series. Pure.
 */
export function overTimeData(
  summaries: readonly SimulationSummary[],
  maxQueues = 3,
): { unit: TimeUnit; lines: OverTimeLine[] } {
  const span = Math.max(
    0,
    ...summaries.map((s) => s.wip.series.binWidth * s.wip.series.values.length),
  );
  const unit = timeUnitFor(span);
  const points = (series: TimeSeries) =>
    series.values.map((v, i) => ({
      t: inUnit((i + 0.5) * series.binWidth, unit),
      v: Math.round(v * 100) / 100,
    }));
  const lines: OverTimeLine[] = summaries.map((s, slot) => ({
    key: `wip${slot}`,
    slot,
    measure: 'wip',
    points: points(s.wip.series),
  }));
  const queueSlots = summaries.length > 1 ? summaries.slice(0, 1) : summaries;
  queueSlots.forEach((s, slot) => {
    const busiest = Object.entries(s.roles)
      .filter(([, r]) => r.queueMean > 0.01)
      .sort((a, b) => b[1].queueMean - a[1].queueMean)
      .slice(0, maxQueues);
    for (const [id, r] of busiest)
      lines.push({
        key: `q${slot}:${id}`,
        slot,
        measure: 'queue',
        role: id,
        points: points(r.queue),
      });
  });
  return { unit, lines };
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `x` (1 for nothing to show). Pure. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= x * (1 - 1e-9))!;
}

/** The weighted q-quantile of several sorted samples. Pure. */
function weightedQuantile(samples: readonly CycleSample[], q: number): number {
  const all: Array<[number, number]> = [];
  for (const s of samples) for (const v of s.values) all.push([v, s.weight]);
  if (all.length === 0) return NaN;
  all.sort((a, b) => a[0] - b[0]);
  const total = all.reduce((a, [, w]) => a + w, 0);
  let acc = 0;
  for (const [v, w] of all) {
    acc += w;
    if (acc >= q * total) return v;
  }
  return all.at(-1)![0];
}
