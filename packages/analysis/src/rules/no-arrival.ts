import type { Rule } from '../ruleContext';

/** `no-arrival` (info): no start step has an arrival rate, so utilisation and waits are 0. */
export const noArrival: Rule = {
  id: 'no-arrival',
  kinds: ['no-arrival'],
  check(ctx) {
    if (ctx.graph.startSteps.length === 0 || ctx.figures.model.arrivalRate > 0) return [];
    return [
      ctx.finding(
        'no-arrival',
        'info',
        'no-arrival',
        {},
        { steps: ctx.graph.startSteps.map((s) => s.id) },
      ),
    ];
  },
};
