import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/** `duplicate-flow` (warning): more than one flow between the same two steps. */
export const duplicateFlow: Rule = {
  id: 'duplicate-flow',
  kinds: ['duplicate-flow'],
  check(ctx) {
    const found: Finding[] = [];
    for (const [i, s] of ctx.steps()) {
      const byTarget = new Map<string, number>();
      for (const arc of ctx.model.out[i]!) {
        const to = ctx.graph.steps[arc.to]!.id;
        byTarget.set(to, (byTarget.get(to) ?? 0) + 1);
      }
      for (const [to, count] of byTarget) {
        if (count < 2) continue;
        found.push(
          ctx.finding(
            'duplicate-flow',
            'warning',
            'duplicate-flow',
            { a: ctx.name(s.id), b: ctx.name(to), count },
            { steps: [s.id, to], evidence: { flows: count } },
          ),
        );
      }
    }
    return found;
  },
};
