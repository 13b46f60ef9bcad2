import type { Rule } from '../ruleContext';

/** `idle-role` (info): a role that no task of the process is assigned to. */
export const idleRole: Rule = {
  id: 'idle-role',
  kinds: ['idle-role'],
  check(ctx) {
    const busy = new Set(ctx.tasks().map(([, t]) => t.role));
    return ctx.doc.roles
      .filter((r) => !busy.has(r.id))
      .map((r) =>
        ctx.finding('idle-role', 'info', 'idle-role', { role: ctx.name(r.id) }, { roles: [r.id] }),
      );
  },
};
