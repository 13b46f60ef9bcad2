import type { PersonResult, ReplicationResult, TimeSeries } from '../results';
import { averageSeries } from './averageSeries';
import { estimate, type Estimate } from './estimate';
import { metricValues } from './metricValues';

/** A role across replications: means, and series averaged bin by bin. */
export interface RoleSummary {
  utilization: number;
  queueMean: number;
  queueMax: number;
  queue: TimeSeries;
  busy: TimeSeries;
}

/** A step across replications (means of the per-replication values; `count` per replication). */
export interface StepSummary {
  count: number;
  waitMean: number;
  serviceMean: number;
  slaBreachRate: number;
}

/**
 * Results across replications: every number is the mean over replications, and `metrics`
 * holds each one's 95 % confidence interval by dotted path (`roles.clerk.utilization`).
 * Times in minutes. Plain data.
 */
export interface SimulationSummary extends Pick<
  ReplicationResult,
  | 'unfinished'
  | 'events'
  | 'waitingTime'
  | 'workingTime'
  | 'costPerCase'
  | 'slaBreachRate'
  | 'throughputPerHour'
  | 'wip'
> {
  replications: number;
  seed: number;
  /** Measured cases, summed over replications. */
  cases: number;
  cycleTime: {
    mean: number;
    p50: number;
    p90: number;
    p95: number;
    max: number;
    ci95: [number, number];
  };
  steps: Record<string, StepSummary>;
  roles: Record<string, RoleSummary>;
  /** Per named member: mean utilisation and busy minutes (absent without members). */
  people?: Record<string, PersonResult>;
  metrics: Record<string, Estimate>;
}

/**
 * Combines replications into means with Student-t 95 % confidence intervals, treating each
 * replication as one independent observation. Order-independent: results are sorted by index
 * first, so the number of workers that produced them does not matter. Pure.
 */
export function aggregate(results: readonly ReplicationResult[]): SimulationSummary {
  const reps = [...results].sort((a, b) => a.index - b.index);
  const values = reps.map(metricValues);
  const metrics: Record<string, Estimate> = Object.create(null) as Record<string, Estimate>;
  for (const key of values[0]?.keys() ?? [])
    metrics[key] = estimate(values.map((v) => v.get(key) ?? NaN));
  const mean = (key: string): number => metrics[key]?.mean ?? NaN;
  const steps: Record<string, StepSummary> = Object.create(null) as Record<string, StepSummary>;
  for (const id of Object.keys(reps[0]?.steps ?? {})) {
    steps[id] = {
      count: mean(`steps.${id}.count`),
      waitMean: mean(`steps.${id}.waitMean`),
      serviceMean: mean(`steps.${id}.serviceMean`),
      slaBreachRate: mean(`steps.${id}.slaBreachRate`),
    };
  }
  const roles: Record<string, RoleSummary> = Object.create(null) as Record<string, RoleSummary>;
  for (const id of Object.keys(reps[0]?.roles ?? {})) {
    roles[id] = {
      utilization: mean(`roles.${id}.utilization`),
      queueMean: mean(`roles.${id}.queueMean`),
      queueMax: mean(`roles.${id}.queueMax`),
      queue: averageSeries(reps.map((r) => r.roles[id]!.queue)),
      busy: averageSeries(reps.map((r) => r.roles[id]!.busy)),
    };
  }
  const summary: SimulationSummary = {
    replications: reps.length,
    seed: reps[0]?.seed ?? 0,
    cases: reps.reduce((a, r) => a + r.cases, 0),
    unfinished: reps.reduce((a, r) => a + r.unfinished, 0),
    events: reps.reduce((a, r) => a + r.events, 0),
    cycleTime: {
      mean: mean('cycleTime.mean'),
      p50: mean('cycleTime.p50'),
      p90: mean('cycleTime.p90'),
      p95: mean('cycleTime.p95'),
      max: mean('cycleTime.max'),
      ci95: metrics['cycleTime.mean']?.ci95 ?? [NaN, NaN],
    },
    waitingTime: mean('waitingTime'),
    workingTime: mean('workingTime'),
    costPerCase: mean('costPerCase'),
    slaBreachRate: mean('slaBreachRate'),
    throughputPerHour: mean('throughputPerHour'),
    wip: {
      mean: mean('wip.mean'),
      max: mean('wip.max'),
      series: averageSeries(reps.map((r) => r.wip.series)),
    },
    steps,
    roles,
    metrics,
  };
  if (reps[0]?.people) {
    const people: Record<string, PersonResult> = Object.create(null) as Record<
      string,
      PersonResult
    >;
    for (const id of Object.keys(reps[0].people))
      people[id] = {
        utilization: mean(`people.${id}.utilization`),
        busy: mean(`people.${id}.busy`),
      };
    summary.people = people;
  }
  return summary;
}
