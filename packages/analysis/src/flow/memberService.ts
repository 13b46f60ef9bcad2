import {
  distributionMean,
  distributionVariance,
  type Distribution,
  type Role,
  type TaskStep,
} from '@flowsmith/model';

/** A task's work per visit as its role's people do it: mean, second moment, cost. */
export interface MemberService {
  mean: number;
  second: number;
  /** Expected cost of one visit's work (minutes × cost per hour ÷ 60). */
  cost: number;
}

/**
 * The work of `task` per visit as its role's people do it (docs/analysis.md §2, "People"): each
 * member's own duration for the task (`durations[taskId]`, else the task's), divided by its
 * `speed`, costed at its `costPerHour` (else the role's). Work is shared among the members in
 * proportion to their speed — as it is when everyone is busy, a faster person finishing more
 * pieces — so with shares s_m / Σs the mean is Σ_m D_m / Σs, the second moment
 * Σ_m E[D_m²] / (s_m · Σs) and the cost Σ_m cost_m · D_m / Σs. (Sharing equally — random
 * assignment — over-states the time when speeds differ: a slow person would get as much work as a
 * fast one.) Without members: the task's duration at the role's cost. Pure.
 */
export function memberService(task: TaskStep, role: Role | undefined): MemberService {
  const speedOf = (x: number | undefined) =>
    x !== undefined && x > 0 && Number.isFinite(x) ? x : 1;
  const members = role?.members ?? [];
  if (members.length === 0) {
    const d = task.duration;
    const mean = d ? distributionMean(d) : 0;
    const second = d ? distributionVariance(d) + mean * mean : 0;
    return { mean, second, cost: (mean * (role?.costPerHour ?? 0)) / 60 };
  }
  const total = members.reduce((sum, m) => sum + speedOf(m.speed), 0);
  let mean = 0;
  let second = 0;
  let cost = 0;
  for (const m of members) {
    const d: Distribution | undefined = m.durations?.[task.id] ?? task.duration;
    if (!d) continue;
    const speed = speedOf(m.speed);
    const own = distributionMean(d);
    mean += own / total;
    second += (distributionVariance(d) + own * own) / (speed * total);
    cost += (own * (m.costPerHour ?? role?.costPerHour ?? 0)) / (60 * total);
  }
  return { mean, second, cost };
}
