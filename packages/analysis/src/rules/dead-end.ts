import type { Rule } from '../ruleContext';

/** `dead-end` (error): a step other than an end with no way out, where a case would stop. */
export const deadEnd: Rule = {
  id: 'dead-end',
  kinds: ['dead-end'],
  check(ctx) {
    return ctx
      .steps()
      .filter(([i, s]) => s.type !== 'end' && ctx.graph.successorIndexes[i]!.length === 0)
      .map(([, s]) =>
        ctx.finding(
          'dead-end',
          'error',
          'dead-end',
          { names: [ctx.name(s.id)] },
          { steps: [s.id] },
        ),
      );
  },
};
