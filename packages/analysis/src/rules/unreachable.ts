import { reachableFrom } from '@flowsmith/model';
import type { Rule } from '../ruleContext';

/** `unreachable` (error): steps no case can reach from a start; one finding per step. */
export const unreachable: Rule = {
  id: 'unreachable',
  kinds: ['unreachable'],
  check(ctx) {
    const starts = ctx.graph.startSteps.map((s) => s.id);
    if (starts.length === 0) return []; // no-start says it all
    const reached = reachableFrom(ctx.graph, starts);
    return ctx
      .steps()
      .filter(([, s]) => !reached.has(s.id))
      .map(([, s]) =>
        ctx.finding(
          'unreachable',
          'error',
          'unreachable',
          { names: [ctx.name(s.id)] },
          { steps: [s.id] },
        ),
      );
  },
};
