import type { Rule } from '../ruleContext';

/** `subprocess-unresolved` (info): a subprocess step whose child document was not given; it counts as no work. */
export const subprocessUnresolved: Rule = {
  id: 'subprocess-unresolved',
  kinds: ['subprocess-unresolved'],
  check(ctx) {
    return ctx.figures.unresolved.map((id) => {
      const step = ctx.graph.step(id);
      const process = step?.type === 'subprocess' ? step.process : '';
      return ctx.finding(
        'subprocess-unresolved',
        'info',
        'subprocess-unresolved',
        { step: ctx.name(id), process },
        { steps: [id] },
      );
    });
  },
};
