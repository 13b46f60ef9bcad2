import { formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/** `overload` (error): a role whose utilisation is 1 or more; its queue grows without end. */
export const overload: Rule = {
  id: 'overload',
  kinds: ['overload'],
  check(ctx) {
    const found: Finding[] = [];
    for (const role of ctx.doc.roles) {
      const r = ctx.metrics.roles[role.id];
      if (!r || r.workPerCase === 0 || r.utilization < 1) continue;
      const steps = ctx
        .tasks()
        .filter(([, t]) => t.role === role.id)
        .map(([, t]) => t.id);
      found.push(
        ctx.finding(
          'overload',
          'error',
          'overload',
          { role: ctx.name(role.id), utilization: formatPercent(r.utilization) },
          {
            steps,
            roles: [role.id],
            key: role.id,
            evidence: {
              utilization: r.utilization,
              workPerCase: r.workPerCase,
              capacity: r.capacity,
              availability: r.availability,
              arrivalRate: ctx.metrics.arrivalRate,
            },
          },
        ),
      );
    }
    return found;
  },
};
