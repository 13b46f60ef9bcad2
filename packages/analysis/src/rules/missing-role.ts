import type { Rule } from '../ruleContext';

/** `missing-role` (error): manual, approval and review tasks need a responsible role; system tasks do not. */
export const missingRole: Rule = {
  id: 'missing-role',
  kinds: ['missing-role'],
  check(ctx) {
    return ctx
      .tasks()
      .filter(([, t]) => (t.kind ?? 'manual') !== 'system' && !t.role)
      .map(([, t]) =>
        ctx.finding(
          'missing-role',
          'error',
          'missing-role',
          { names: [ctx.name(t.id)] },
          { steps: [t.id] },
        ),
      );
  },
};
