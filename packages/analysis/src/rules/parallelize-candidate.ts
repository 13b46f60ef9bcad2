import type { TaskStep } from '@flowsmith/model';
import { formatMinutes } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { times } from '../flow/solveTraffic';

const decides = (t: TaskStep) => t.kind === 'approval' || t.kind === 'review';
const declaresData = (t: TaskStep) => (t.inputs?.length ?? 0) + (t.outputs?.length ?? 0) > 0;

/**
 * `parallelize-candidate` (info): a task followed directly by a task of another role that does
 * not read anything the first writes. Both must declare their data (otherwise a dependency
 * cannot be ruled out) and neither may be an approval or review (its outcome gates the next).
 * Evidence: the shorter of the two sojourns per case, which running both at once saves.
 */
export const parallelizeCandidate: Rule = {
  id: 'parallelize-candidate',
  kinds: ['parallelize-candidate'],
  check(ctx) {
    const { model, graph } = ctx.figures;
    const found: Finding[] = [];
    for (const [i, a] of ctx.tasks()) {
      if (model.out[i]!.length !== 1 || decides(a) || !declaresData(a)) continue;
      const j = model.out[i]![0]!.to;
      const b = graph.steps[j]!;
      if (b.type !== 'task' || j === i || model.in[j]!.length !== 1 || model.out[j]!.length !== 1)
        continue;
      if (decides(b) || !declaresData(b) || !a.role || !b.role || a.role === b.role) continue;
      if ((b.inputs ?? []).some((d) => (a.outputs ?? []).includes(d))) continue;
      const ma = ctx.metrics.steps[a.id]!;
      const mb = ctx.metrics.steps[b.id]!;
      const saving = Math.min(times(ma.visits, ma.sojournMean), times(mb.visits, mb.sojournMean));
      found.push(
        ctx.finding(
          'parallelize-candidate',
          'info',
          'parallelize-candidate',
          { a: ctx.name(a.id), b: ctx.name(b.id), saving: formatMinutes(saving, ctx.lang) },
          {
            steps: [a.id, b.id],
            roles: [a.role, b.role],
            evidence: { cycleTimeSavedPerCase: saving },
          },
        ),
      );
    }
    return found;
  },
};
