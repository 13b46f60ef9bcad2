import { formatMinutes, formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import { times } from '../flow/solveTraffic';

/** Utilisation from which the busiest role is reported as the bottleneck. */
export const BOTTLENECK_THRESHOLD = 0.85;

/** `bottleneck` (warning): the most utilised role, when it is busy 85 % of the time or more (but below 100 %). */
export const bottleneck: Rule = {
  id: 'bottleneck',
  kinds: ['bottleneck'],
  check(ctx) {
    const b = ctx.metrics.bottleneck;
    if (!b || b.utilization < BOTTLENECK_THRESHOLD || b.utilization >= 1) return [];
    const r = ctx.metrics.roles[b.role]!;
    const steps = ctx
      .tasks()
      .filter(([, t]) => t.role === b.role)
      .map(([, t]) => t.id);
    return [
      ctx.finding(
        'bottleneck',
        'warning',
        'bottleneck',
        {
          role: ctx.name(b.role),
          utilization: formatPercent(b.utilization),
          wait: formatMinutes(r.waitMean, ctx.lang),
          visits: String(Math.round(r.visitsPerCase * 100) / 100),
          perCase: formatMinutes(times(r.visitsPerCase, r.waitMean), ctx.lang),
        },
        {
          steps,
          roles: [b.role],
          key: b.role,
          evidence: {
            utilization: b.utilization,
            waitMean: r.waitMean,
            visitsPerCase: r.visitsPerCase,
            waitPerCase: times(r.visitsPerCase, r.waitMean),
            workPerCase: r.workPerCase,
            capacity: r.capacity,
          },
        },
      ),
    ];
  },
};
