import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `unused-output` (info): data a task writes that no task reads. Only checked when the process
 * declares inputs at all, and not for the last task before an end (its output is the result).
 */
export const unusedOutput: Rule = {
  id: 'unused-output',
  kinds: ['unused-output'],
  check(ctx) {
    const tasks = ctx.tasks();
    const read = new Set(tasks.flatMap(([, t]) => t.inputs ?? []));
    if (read.size === 0) return [];
    const found: Finding[] = [];
    for (const [i, t] of tasks) {
      if (leadsToEnd(ctx, i)) continue;
      for (const d of new Set(t.outputs ?? [])) {
        if (read.has(d)) continue;
        const name = ctx.doc.data?.find((x) => x.id === d)?.name ?? d;
        found.push(
          ctx.finding(
            'unused-output',
            'info',
            'unused-output',
            { step: ctx.name(t.id), data: name },
            { steps: [t.id], key: `${t.id},${d}` },
          ),
        );
      }
    }
    return found;
  },
};

/** Whether an end follows step `i` with no task in between (through gateways and timers). */
function leadsToEnd(ctx: Parameters<Rule['check']>[0], i: number): boolean {
  const { graph } = ctx;
  const seen = new Set<number>();
  const queue = [...graph.successorIndexes[i]!];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    if (seen.has(u)) continue;
    seen.add(u);
    const type = graph.steps[u]!.type;
    if (type === 'end') return true;
    if (type !== 'task' && type !== 'subprocess') queue.push(...graph.successorIndexes[u]!);
  }
  return false;
}
