import type { Role } from '@flowsmith/model';
import { ggcWait } from '../queueing/erlangC';
import type { RoleMetrics } from '../types';
import { times } from './solveTraffic';

/** What a role's steps put on it per case: visits, work and the work's second moment (own steps), and work from subprocesses. */
export interface RoleLoad {
  visits: number;
  work: number;
  moment2: number;
  childWork: number;
}

/**
 * How much longer than its work a step of a role on a calendar takes in clock time, as a share of
 * the work: work only happens while the calendar is open, so a step that needs `s` minutes of work
 * started at a random open moment spans `s / availability` minutes of clock time on average — the
 * extra `s × (1 / availability − 1)` is waiting for opening hours (docs/analysis.md §2). 0 for a
 * role that is always available (or never). Pure.
 */
export function closedHoursStretch(availability: number): number {
  return availability > 0 && availability < 1 ? 1 / availability - 1 : 0;
}

/**
 * A role's utilisation, queueing wait and cost from its load (docs/analysis.md §2). Pure.
 *
 * One FCFS queue per role, its steps mixed: the mixture's mean and SCV feed Allen–Cunneen. A
 * calendar stretches each service by 1/availability (work only happens while it is open).
 */
export function roleFigures(
  role: Role,
  availability: number,
  load: RoleLoad,
  lambda: number,
  arrivalScv: number,
): RoleMetrics {
  const { visits: v, moment2 } = load;
  const ownWork = load.work;
  const work = ownWork + load.childWork;
  const capacity = role.capacity ?? 1;
  const busy = times(lambda, work);
  const utilization =
    busy === 0 ? 0 : capacity * availability > 0 ? busy / (capacity * availability) : Infinity;
  const meanService = v > 0 && Number.isFinite(v) ? ownWork / v : 0;
  const scv = meanService > 0 ? moment2 / v / (meanService * meanService) - 1 : 0;
  const servers = capacity > 0 ? Math.max(1, Math.round(capacity)) : 0;
  const wait =
    utilization >= 1 || (!Number.isFinite(v) && lambda > 0)
      ? Infinity
      : availability > 0
        ? ggcWait(lambda * v, meanService / availability, servers, arrivalScv, Math.max(0, scv))
        : 0;
  return {
    workPerCase: work,
    visitsPerCase: v,
    utilization,
    capacity,
    availability,
    waitMean: wait,
    costPerCase: times(work, role.costPerHour ?? 0) / 60,
  };
}
