import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/** `raci-conflict` (warning): the responsible role of a task is also listed as consulted or informed on it. */
export const raciConflict: Rule = {
  id: 'raci-conflict',
  kinds: ['raci-conflict'],
  check(ctx) {
    const found: Finding[] = [];
    for (const [, t] of ctx.tasks()) {
      if (!t.role || !t.raci) continue;
      for (const as of ['consulted', 'informed'] as const) {
        if (!(t.raci[as] ?? []).includes(t.role)) continue;
        found.push(
          ctx.finding(
            'raci-conflict',
            'warning',
            'raci-conflict',
            { step: ctx.name(t.id), role: ctx.name(t.role), as },
            {
              steps: [t.id],
              roles: [t.role],
              key: `${t.id},${as}`,
            },
          ),
        );
      }
    }
    return found;
  },
};
