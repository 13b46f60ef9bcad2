import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { times } from '../flow/solveTraffic';

/**
 * `combine-candidate` (info): a task followed directly (one flow, nothing else in or out) by
 * another task of the same role; done as one step, the case queues once instead of twice.
 * Evidence: the wait per case the second queue costs.
 */
export const combineCandidate: Rule = {
  id: 'combine-candidate',
  kinds: ['combine-candidate'],
  check(ctx) {
    const { model, graph } = ctx.figures;
    const found: Finding[] = [];
    for (const [i, a] of ctx.tasks()) {
      if (model.out[i]!.length !== 1 || !a.role) continue;
      const j = model.out[i]![0]!.to;
      const b = graph.steps[j]!;
      if (b.type !== 'task' || b.role !== a.role || model.in[j]!.length !== 1 || j === i) continue;
      if (model.out[j]!.some((arc) => arc.to === i)) continue; // a two-step loop: nothing to merge into
      const m = ctx.metrics.steps[b.id]!;
      found.push(
        ctx.finding(
          'combine-candidate',
          'info',
          'combine-candidate',
          { a: ctx.name(a.id), b: ctx.name(b.id), role: ctx.name(a.role) },
          {
            steps: [a.id, b.id],
            roles: [a.role],
            evidence: { waitSavedPerCase: times(m.visits, m.waitMean) },
          },
        ),
      );
    }
    return found;
  },
};
