import type { Rule } from '../ruleContext';

/**
 * `or-join` (error): an inclusive (or) join that pairs with no or split — no `or` split has it
 * as its nearest `or` post-dominator (CONTRACTS "OR") — so it cannot tell which branches to wait
 * for; simulation and the compiler refuse it.
 */
export const orJoin: Rule = {
  id: 'or-join',
  kinds: ['or-join'],
  check(ctx) {
    const { model } = ctx;
    return ctx
      .steps()
      .filter(([i, s]) => s.type === 'or' && model.in[i]!.length > 1 && model.orSplitOf[i]! < 0)
      .map(([, s]) =>
        ctx.finding(
          'or-join',
          'error',
          'or-join',
          { join: ctx.name(s.id) },
          { steps: [s.id], key: s.id },
        ),
      );
  },
};
