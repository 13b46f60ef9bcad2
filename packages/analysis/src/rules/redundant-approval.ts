import type { TaskStep } from '@flowsmith/model';
import { judgementOf } from '../judgement/judgementOf';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `redundant-approval` (warning): an approval that can follow another approval by the same
 * role in one case, or that approves data (an input) an earlier approval already approved —
 * unless the later one is marked `control` (a required second signature). A later approval by
 * another role that analysis recognises as a control (required above an amount, or by higher
 * authority) is reported as a control to keep and make cheaper, not as redundancy. Each later
 * approval is reported once.
 */
export const redundantApproval: Rule = {
  id: 'redundant-approval',
  kinds: ['redundant-approval'],
  check(ctx) {
    const approvals = ctx
      .tasks()
      .filter(([i, t]) => t.kind === 'approval' && ctx.figures.visits[i]! > 0);
    // Only approvals by the same role, or reading the same data, can repeat each other.
    const related = new Map<string, Array<[number, TaskStep]>>();
    const add = (key: string, entry: [number, TaskStep]) =>
      (related.get(key) ?? related.set(key, []).get(key)!).push(entry);
    for (const entry of approvals) {
      if (entry[1].role) add(`r:${entry[1].role}`, entry);
      for (const d of new Set([...(entry[1].inputs ?? []), ...(entry[1].outputs ?? [])]))
        add(`d:${d}`, entry);
    }
    const { controls } = judgementOf(ctx);
    const found: Finding[] = [];
    for (const [j, b] of approvals) {
      const earlier = new Map<number, TaskStep>();
      for (const key of [b.role ? `r:${b.role}` : '', ...(b.inputs ?? []).map((d) => `d:${d}`)]) {
        for (const [i, a] of related.get(key) ?? []) if (i !== j) earlier.set(i, a);
      }
      for (const [i, a] of [...earlier].sort((x, y) => x[0] - y[0])) {
        if (!ctx.precedes(i, j)) continue;
        const sameRole = a.role !== undefined && a.role === b.role;
        const shared = (b.inputs ?? []).find(
          (d) => (a.inputs ?? []).includes(d) || (a.outputs ?? []).includes(d),
        );
        // A different role approving again is redundant unless the second approval is a control.
        if (!sameRole && (shared === undefined || b.control === true)) continue;
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
                controls.has(b.id)
                  ? 'redundant-approval.control'
                  : 'redundant-approval.same-object',
                { a: ctx.name(a.id), b: ctx.name(b.id), data: dataName(ctx.doc.data, shared!) },
                { steps: [a.id, b.id], roles, evidence },
              ),
        );
        break; // each later approval once
      }
    }
    return found;
  },
};

function dataName(data: Array<{ id: string; name: string }> | undefined, id: string): string {
  return data?.find((d) => d.id === id)?.name ?? id;
}
