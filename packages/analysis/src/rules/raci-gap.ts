import type { TaskStep } from '@flowsmith/model';
import type { Rule } from '../ruleContext';
import { commonDominator } from './raci-overlap';
import type { Finding } from '../types';

/**
 * `raci-gap`: who answers for the work is missing or doubled. A task with RACI data but no
 * Accountable (warning); a task with an Accountable but no Responsible role (warning); data
 * that tasks of different Accountables write in parallel branches of one case (warning;
 * approvals and reviews that sign a document do not own it); and a process where no task
 * names an Accountable at all (info, once).
 */
export const raciGap: Rule = {
  id: 'raci-gap',
  kinds: ['raci-gap'],
  check(ctx) {
    const found: Finding[] = [];
    const tasks = ctx.tasks().map(([, t]) => t);
    for (const t of tasks) {
      if (t.raci && !t.raci.accountable)
        found.push(
          ctx.finding(
            'raci-gap',
            'warning',
            'raci-gap.no-accountable',
            { step: ctx.name(t.id) },
            {
              steps: [t.id],
              key: `${t.id},no-accountable`,
            },
          ),
        );
      if (t.raci?.accountable && !t.role)
        found.push(
          ctx.finding(
            'raci-gap',
            'warning',
            'raci-gap.accountable-without-responsible',
            { step: ctx.name(t.id), role: ctx.name(t.raci.accountable) },
            { steps: [t.id], roles: [t.raci.accountable], key: `${t.id},no-responsible` },
          ),
        );
    }
    // Two Accountables for one result: tasks owned by different roles writing the same data
    // in parallel branches of one case (in sequence or in exclusive branches each owns its own).
    const owners = new Map<string, number[]>();
    for (const [i, t] of ctx.tasks()) {
      if (!t.raci?.accountable || t.kind === 'approval' || t.kind === 'review') continue;
      for (const d of new Set(t.outputs ?? []))
        (owners.get(d) ?? owners.set(d, []).get(d)!).push(i);
    }
    const accountableOf = (i: number) => (ctx.graph.steps[i] as TaskStep).raci!.accountable!;
    for (const [data, list] of owners) {
      const involved = new Set<number>();
      for (const [x, i] of list.entries()) {
        for (const j of list.slice(x + 1)) {
          if (accountableOf(i) === accountableOf(j) || ctx.reaches(i, j) || ctx.reaches(j, i))
            continue;
          const lca = commonDominator(ctx.dominators(), i, j, ctx.graph.steps.length);
          if (lca >= 0 && (ctx.model.split[lca] === 'and' || ctx.model.split[lca] === 'or'))
            involved.add(i).add(j);
        }
      }
      if (!involved.size) continue;
      const sorted = [...involved].sort((a, b) => a - b);
      const roles = [...new Set(sorted.map(accountableOf))];
      const name = ctx.doc.data?.find((d) => d.id === data)?.name ?? data;
      found.push(
        ctx.finding(
          'raci-gap',
          'warning',
          'raci-gap.two-accountable',
          { data: name, roles: roles.map((r) => ctx.name(r)) },
          { steps: sorted.map((i) => ctx.graph.steps[i]!.id), roles, key: `data,${data}` },
        ),
      );
    }
    const staffed = tasks.filter((t) => t.role);
    if (staffed.length >= 2 && !tasks.some((t) => t.raci?.accountable))
      found.push(
        ctx.finding('raci-gap', 'info', 'raci-gap.process-no-accountable', {}, { key: 'process' }),
      );
    return found;
  },
};
