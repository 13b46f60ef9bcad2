import type { TaskStep } from '@flowsmith/model';
import { nameSimilarity } from '../names/nameSimilarity';
import { analysisMessage, formatPercent } from '../messages';
import type { RuleContext } from '../ruleContext';
import { times } from '../flow/solveTraffic';
import type { Finding, Suggestion } from '../types';

/** Highest utilisation a role may reach by taking work over (the judgement guard's limit too). */
export const REBALANCE_LIMIT = 0.8;

/** How alike a task's name must be to one the receiving role already does for it to count as that role's skill. */
export const SKILL_SIMILARITY = 0.4;

/**
 * Re-balancing a queue (`overload`, `bottleneck`): move one of the busy role's tasks to a role
 * that has the skill — it already does a task of the same kind with a similar name
 * ({@link SKILL_SIMILARITY}) — and stays at or below 80 % with it.
 * Approvals, reviews and controls stay where they are (their authority is the point). The move
 * that leaves the busier of the two roles least busy is offered. Pure; none when no role fits.
 */
export function rebalanceSuggestion(ctx: RuleContext, finding: Finding): Suggestion[] {
  const from = finding.roles[0];
  const m = ctx.metrics;
  const busy = from ? m.roles[from] : undefined;
  if (!from || !busy || m.arrivalRate <= 0) return [];
  const tasks = ctx.tasks().map(([, t]) => t);
  const skilled = (step: TaskStep, role: string): boolean =>
    tasks.some(
      (t) =>
        t.role === role &&
        (t.kind ?? 'manual') === (step.kind ?? 'manual') &&
        nameSimilarity(t.name, step.name) >= SKILL_SIMILARITY,
    );
  const share = (role: string, work: number): number => {
    const r = m.roles[role]!;
    return r.capacity * r.availability > 0
      ? times(m.arrivalRate, work) / (r.capacity * r.availability)
      : Infinity;
  };
  let best: { step: TaskStep; to: string; after: number; worst: number } | undefined;
  for (const step of tasks) {
    const kind = step.kind ?? 'manual';
    if (step.role !== from || step.control || kind === 'approval' || kind === 'review') continue;
    const sm = m.steps[step.id];
    if (!sm || !(sm.visits > 0)) continue;
    const work = times(sm.visits, sm.serviceMean);
    for (const role of ctx.doc.roles) {
      const r = m.roles[role.id];
      if (role.id === from || !r || !skilled(step, role.id)) continue;
      const after = share(role.id, r.workPerCase + work);
      if (!(after <= REBALANCE_LIMIT)) continue;
      const worst = Math.max(after, share(from, busy.workPerCase - work));
      if (!best || worst < best.worst) best = { step, to: role.id, after, worst };
    }
  }
  if (!best) return [];
  return [
    {
      id: `reassign:rebalance:${finding.id}`,
      move: 'reassign',
      message: analysisMessage(
        'suggest.rebalance',
        {
          step: ctx.name(best.step.id),
          from: ctx.name(from),
          to: ctx.name(best.to),
          utilization: formatPercent(best.after),
        },
        ctx.lang,
      ),
      commands: [{ id: 'step.update', params: { id: best.step.id, changes: { role: best.to } } }],
      touches: [best.step.id, from, best.to],
    },
  ];
}
