import { reworkVisits } from '../flow/reworkVisits';
import { times } from '../flow/solveTraffic';
import type { RuleContext } from '../ruleContext';
import type { Finding, FindingImpact } from '../types';
import { judgementOf } from '../judgement/judgementOf';
import { criticalWeightsOf } from './criticalWeightsOf';

/** Minutes in a week: arrival rates are per minute of the whole week (calendars already counted). */
export const MINUTES_PER_WEEK = 10_080;

/** No impact: what a finding costs nothing measurable. */
export const NO_IMPACT: FindingImpact = { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 };

/**
 * The impact of every finding of one analysis (docs/analysis.md, "Impact"): lead-time minutes per
 * case it accounts for, cost per case, and hours per week of the role concerned. Pure; built once
 * per analysis, then asked per finding.
 *
 * Lead time counts a step's time by its weight in the cycle time (its visits, or 0 on a shorter
 * parallel branch, where shortening it saves nothing). Hours per week are the role's busy hours
 * at the analysed arrival rate over a 10,080-minute week (arrival calendars included).
 */
export function impactCalculator(ctx: RuleContext): (finding: Finding) => FindingImpact {
  const { figures } = ctx;
  const { graph, model, blocks, visits } = figures;
  const { sojourn, service } = figures.times;
  const m = ctx.metrics;
  const weight = criticalWeightsOf(figures);
  let rework: Float64Array | undefined;
  const price = (i: number): number => {
    const s = graph.steps[i]!;
    const role =
      s.type === 'task' && s.role ? ctx.doc.roles.find((r) => r.id === s.role) : undefined;
    // A role of named people costs what its people cost on average (per minute of its work).
    const r = role?.members?.length ? m.roles[role.id] : undefined;
    if (r && r.workPerCase > 0) return r.costPerCase / r.workPerCase;
    return (role?.costPerHour ?? 0) / 60;
  };
  const hours = (workPerCase: number): number =>
    times(times(m.arrivalRate, MINUTES_PER_WEEK), workPerCase) / 60;
  const wait = (i: number): number => sojourn[i]! - service[i]!;
  // The wait in the role's queue alone: what a hand-over costs (the wait for opening hours stays).
  const queueWait = (i: number): number => {
    const s = graph.steps[i]!;
    const r = s.type === 'task' && s.role ? m.roles[s.role] : undefined;
    return r ? r.waitMean : wait(i);
  };
  // A step's share, `share` of its visits (1: all of them).
  const ofSteps = (ids: readonly string[], share?: (i: number) => number): FindingImpact => {
    let lead = 0;
    let cost = 0;
    let work = 0;
    for (const id of ids) {
      const i = graph.indexOf(id);
      if (i < 0 || !(visits[i]! > 0)) continue;
      const part = share ? share(i) : 1;
      lead += times(times(weight[i]!, part), sojourn[i]!);
      const w = times(times(visits[i]!, part), service[i]!);
      work += w;
      cost += times(w, price(i));
    }
    return { leadTimeMinutes: lead, costPerCase: cost, roleHoursPerWeek: hours(work) };
  };
  const queueOf = (roleId: string): FindingImpact => {
    let lead = 0;
    graph.steps.forEach((s, i) => {
      if (s.type === 'task' && s.role === roleId) lead += times(weight[i]!, wait(i));
    });
    const r = m.roles[roleId];
    return { leadTimeMinutes: lead, costPerCase: 0, roleHoursPerWeek: hours(r?.workPerCase ?? 0) };
  };

  return (finding) => {
    const s1 = finding.steps[1];
    switch (finding.kind) {
      case 'overload':
      case 'bottleneck':
        return finding.roles[0] ? queueOf(finding.roles[0]) : NO_IMPACT;
      case 'duplicate-steps':
      case 'redundant-approval':
        // What keeping only the first would save: the second one.
        return s1 ? ofSteps([s1]) : NO_IMPACT;
      case 'non-value-adding':
      case 'missing-role':
        return ofSteps(finding.steps);
      case 'delay': {
        // A batch step's delay is its gathering, not its work.
        const i = graph.indexOf(finding.steps[0] ?? '');
        const s = i >= 0 ? graph.steps[i]! : undefined;
        return s?.type === 'task' && s.batch
          ? {
              ...NO_IMPACT,
              leadTimeMinutes: times(weight[i]!, figures.calendar.batchWait[i]!),
            }
          : ofSteps(finding.steps);
      }
      case 'rework-loop': {
        const r = (rework ??= reworkVisits(model, blocks, visits));
        return ofSteps(finding.steps, (i) => r[i]! / visits[i]!);
      }
      case 'combine-candidate': {
        // Merging saves the second step's queue.
        const i = s1 ? graph.indexOf(s1) : -1;
        return i < 0
          ? NO_IMPACT
          : { leadTimeMinutes: times(weight[i]!, wait(i)), costPerCase: 0, roleHoursPerWeek: 0 };
      }
      case 'parallelize-candidate':
        return { ...NO_IMPACT, leadTimeMinutes: finding.evidence.cycleTimeSavedPerCase ?? 0 };
      case 'handoff-ping-pong':
        // Letting one role finish its part saves the queues of the ordinary work in the middle of
        // the bounce (what a reassignment can move); approvals, reviews and controls (receiving,
        // matching: judgement/controlsOf) stay, with their queue.
        return {
          leadTimeMinutes: finding.steps.slice(1, -1).reduce((sum, id) => {
            const i = graph.indexOf(id);
            const s = graph.steps[i];
            if (s?.type !== 'task' || s.kind === 'approval' || s.kind === 'review') return sum;
            if (judgementOf(ctx).controls.has(s.id)) return sum;
            return sum + times(weight[i]!, queueWait(i));
          }, 0),
          costPerCase: 0,
          roleHoursPerWeek: 0,
        };
      default:
        return NO_IMPACT;
    }
  };
}
