import type { Rule } from '../ruleContext';

/** `superfluous-gateway` (warning): a gateway with exactly one way in and one way out. */
export const superfluousGateway: Rule = {
  id: 'superfluous-gateway',
  kinds: ['superfluous-gateway'],
  check(ctx) {
    return ctx
      .steps()
      .filter(
        ([i, s]) =>
          (s.type === 'xor' || s.type === 'and' || s.type === 'or') &&
          ctx.model.in[i]!.length === 1 &&
          ctx.model.out[i]!.length === 1,
      )
      .map(([, s]) =>
        ctx.finding(
          'superfluous-gateway',
          'warning',
          'superfluous-gateway',
          { names: [ctx.name(s.id)] },
          { steps: [s.id] },
        ),
      );
  },
};
