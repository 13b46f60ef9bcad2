import type { Rule } from '../ruleContext';

/** `dangling-flow` (error): a flow whose start or end names no step. */
export const danglingFlow: Rule = {
  id: 'dangling-flow',
  kinds: ['dangling-flow'],
  check(ctx) {
    return ctx.graph.danglingFlows.map((f) => {
      const target = ctx.graph.step(f.from) ? f.to : f.from;
      const steps = [f.from, f.to].filter((id) => ctx.graph.step(id));
      return ctx.finding(
        'dangling-flow',
        'error',
        'dangling-flow',
        { flow: f.label || f.id, target },
        { steps, key: f.id },
      );
    });
  },
};
