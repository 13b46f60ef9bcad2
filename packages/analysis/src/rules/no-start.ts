import type { Rule } from '../ruleContext';

/** `no-start` (error): a process needs a start step for any case to begin. */
export const noStart: Rule = {
  id: 'no-start',
  kinds: ['no-start'],
  check(ctx) {
    return ctx.graph.startSteps.length > 0
      ? []
      : [ctx.finding('no-start', 'error', 'no-start', {}, {})];
  },
};
