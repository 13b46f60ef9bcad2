import type { Rule } from '../ruleContext';

/** `no-end` (error): a process needs an end step for any case to finish. */
export const noEnd: Rule = {
  id: 'no-end',
  kinds: ['no-end'],
  check(ctx) {
    return ctx.graph.endSteps.length > 0 ? [] : [ctx.finding('no-end', 'error', 'no-end', {}, {})];
  },
};
