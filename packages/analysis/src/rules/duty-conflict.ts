import { dutyConflicts } from '../judgement/dutyConflicts';
import type { Rule } from '../ruleContext';

/**
 * `duty-conflict` (warning): one role is responsible for tasks of both duties of an incompatible
 * pair (judgement/dutyCatalogue: request/approve, approve/purchase, purchase/receive,
 * receive/pay, record/reconcile), unless the document's `allowedDutyPairs` allows the pair.
 * Reported once per role and pair, on the first task of each duty.
 */
export const dutyConflict: Rule = {
  id: 'duty-conflict',
  kinds: ['duty-conflict'],
  check(ctx) {
    const tasks = ctx.tasks().map(([, t]) => t);
    return dutyConflicts(ctx.doc, tasks).map((c) =>
      ctx.finding(
        'duty-conflict',
        'warning',
        'duty-conflict',
        {
          role: ctx.name(c.role),
          a: ctx.name(c.steps[0]),
          b: ctx.name(c.steps[1]),
          pair: c.pair.name[ctx.lang],
          risk: c.pair.risk[ctx.lang],
        },
        { steps: [...new Set(c.steps)], roles: [c.role], key: `${c.role},${c.pair.id}` },
      ),
    );
  },
};
