import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `redundant-approval` (warning): an approval that can follow another approval by the same
 * role in one case, or that approves data (an input) an earlier approval already approved —
 * unless the later one is marked `control` (a required second signature). Each later approval
 * is reported once.
 */
export const redundantApproval: Rule = {
  id: 'redundant-approval',
  kinds: ['redundant-approval'],
  check(ctx) {
    const approvals = ctx
      .tasks()
      .filter(([i, t]) => t.kind === 'approval' && ctx.figures.visits[i]! > 0);
    const found: Finding[] = [];
    const reported = new Set<string>();
    for (const [i, a] of approvals) {
      for (const [j, b] of approvals) {
        if (i === j || reported.has(b.id) || !ctx.precedes(i, j)) continue;
        const sameRole = a.role !== undefined && a.role === b.role;
        const shared = (b.inputs ?? []).find(
          (d) => (a.inputs ?? []).includes(d) || (a.outputs ?? []).includes(d),
        );
        // A different role approving again is redundant unless the second approval is a control.
        if (!sameRole && (shared === undefined || b.control === true)) continue;
        reported.add(b.id);
        const roles = [...new Set([a.role, b.role].filter((r): r is string => !!r))];
        const evidence = {
          extraWorkPerCase: ctx.metrics.steps[b.id]!.visits * ctx.metrics.steps[b.id]!.serviceMean,
        };
        found.push(
          sameRole
            ? ctx.finding(
                'redundant-approval',
                'warning',
                'redundant-approval.same-role',
                { a: ctx.name(a.id), b: ctx.name(b.id), role: ctx.name(a.role!) },
                { steps: [a.id, b.id], roles, evidence },
              )
            : ctx.finding(
                'redundant-approval',
                'warning',
                'redundant-approval.same-object',
                { a: ctx.name(a.id), b: ctx.name(b.id), data: dataName(ctx.doc.data, shared!) },
                { steps: [a.id, b.id], roles, evidence },
              ),
        );
      }
    }
    return found;
  },
};

function dataName(data: Array<{ id: string; name: string }> | undefined, id: string): string {
  return data?.find((d) => d.id === id)?.name ?? id;
}
