/**
 * The rows of the simulation's summary table: each key figure per simulated document with its
 * 95 % confidence interval and, when two are compared, the paired difference (to-be − as-is).
 */
import type { ProcessDocument } from '@flowsmith/model';
import type { Comparison, Estimate, MetricDelta, SimulationSummary } from '@flowsmith/simulation';

/** How a figure is read and formatted. */
export type FigureKind = 'time' | 'rate' | 'share' | 'money' | 'count';

/** One row: a metric key, its kind, its estimate per slot, and the paired delta when comparing. */
export interface SummaryRow {
  key: string;
  kind: FigureKind;
  /** The step id for per-step rows. */
  step?: string;
  /** The member id for per-person rows. */
  person?: string;
  values: Array<Estimate | undefined>;
  delta?: MetricDelta;
}

/** The figures of the summary, in table order, with their kinds. */
export const SUMMARY_METRICS: ReadonlyArray<[key: string, kind: FigureKind]> = [
  ['cycleTime.mean', 'time'],
  ['cycleTime.p50', 'time'],
  ['cycleTime.p90', 'time'],
  ['cycleTime.p95', 'time'],
  ['waitingTime', 'time'],
  ['throughputPerHour', 'rate'],
  ['costPerCase', 'money'],
  ['slaBreachRate', 'share'],
  ['wip.mean', 'count'],
];

/** The key-figure rows for one run (`summaries` of one slot) or a comparison. Pure. */
export function summaryRows(
  summaries: readonly SimulationSummary[],
  comparison?: Comparison,
): SummaryRow[] {
  return SUMMARY_METRICS.map(([key, kind]) => row(key, kind, summaries, comparison));
}

/**
 * Per-step wait rows: the tasks and timers of the first document in its order, then those only
 * the second has; a step a run did not execute is left out. Pure.
 */
export function stepWaitRows(
  docs: readonly ProcessDocument[],
  summaries: readonly SimulationSummary[],
  comparison?: Comparison,
): SummaryRow[] {
  const ids: string[] = [];
  for (const d of docs)
    for (const s of d.steps)
      if ((s.type === 'task' || s.type === 'timer') && !ids.includes(s.id)) ids.push(s.id);
  return ids
    .filter((id) => summaries.some((s) => (s.steps[id]?.count ?? 0) > 0))
    .map((id) => ({ ...row(`steps.${id}.waitMean`, 'time', summaries, comparison), step: id }));
}

/**
 * Per-person utilisation rows (`people.<memberId>.utilization`): the people of the documents'
 * roles in order, each once (one person may be listed in several roles); a person no run
 * reported is left out. `person` carries the member id. Pure.
 */
export function personRows(
  docs: readonly ProcessDocument[],
  summaries: readonly SimulationSummary[],
  comparison?: Comparison,
): SummaryRow[] {
  const ids: string[] = [];
  for (const d of docs)
    for (const r of d.roles)
      for (const m of r.members ?? []) if (!ids.includes(m.id)) ids.push(m.id);
  return ids
    .map((id) => ({
      ...row(`people.${id}.utilization`, 'share', summaries, comparison),
      person: id,
    }))
    .filter((r) => r.values.some((v) => v !== undefined));
}

/** The name of a person (member id) in the first document that lists it, else the id. Pure. */
export function personName(docs: readonly ProcessDocument[], id: string): string {
  for (const d of docs)
    for (const r of d.roles) {
      const m = r.members?.find((x) => x.id === id);
      if (m) return m.name ?? id;
    }
  return id;
}

function row(
  key: string,
  kind: FigureKind,
  summaries: readonly SimulationSummary[],
  comparison?: Comparison,
): SummaryRow {
  const delta = comparison?.metrics[key];
  return { key, kind, values: summaries.map((s) => s.metrics[key]), ...(delta ? { delta } : {}) };
}
