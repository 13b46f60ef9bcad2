import type { ReplicationResult } from '../results';

/**
 * The scalar metrics of a replication by dotted path (`cycleTime.p90`, `roles.clerk.utilization`,
 * `steps.approve.waitMean`), the keys that aggregation and comparison work on. Pure.
 */
export function metricValues(r: ReplicationResult): Map<string, number> {
  const m = new Map<string, number>();
  m.set('cases', r.cases);
  for (const k of ['mean', 'p50', 'p90', 'p95', 'max'] as const)
    m.set(`cycleTime.${k}`, r.cycleTime[k]);
  m.set('waitingTime', r.waitingTime);
  m.set('workingTime', r.workingTime);
  m.set('costPerCase', r.costPerCase);
  m.set('slaBreachRate', r.slaBreachRate);
  m.set('throughputPerHour', r.throughputPerHour);
  m.set('wip.mean', r.wip.mean);
  m.set('wip.max', r.wip.max);
  for (const [id, s] of Object.entries(r.steps)) {
    m.set(`steps.${id}.count`, s.count);
    m.set(`steps.${id}.waitMean`, s.waitMean);
    m.set(`steps.${id}.serviceMean`, s.serviceMean);
    m.set(`steps.${id}.slaBreachRate`, s.slaBreachRate);
  }
  for (const [id, s] of Object.entries(r.roles)) {
    m.set(`roles.${id}.utilization`, s.utilization);
    m.set(`roles.${id}.queueMean`, s.queueMean);
    m.set(`roles.${id}.queueMax`, s.queueMax);
  }
  for (const [id, p] of Object.entries(r.people ?? {})) {
    m.set(`people.${id}.utilization`, p.utilization);
    m.set(`people.${id}.busy`, p.busy);
  }
  return m;
}
