import { topologicalOrder, type Flow } from '@flowsmith/model';
import { formatMinutes } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { times } from '../flow/solveTraffic';

/** Visits per case from which an NVA task is a warning: most cases pay for it. */
export const NVA_WARNING_VISITS = 0.5;

/**
 * `non-value-adding`: tasks marked NVA — a warning when most cases pass them (0.5 visits per
 * case or more), info when only some do (exception handling, rework: see also `rework-loop`);
 * re-entry tasks not marked NVA whose only way on is back round a loop (info). Timers where
 * cases wait while nobody works are `delay` findings. Evidence: minutes per case.
 */
export const nonValueAdding: Rule = {
  id: 'non-value-adding',
  kinds: ['non-value-adding'],
  check(ctx) {
    const found: Finding[] = [];
    const { blocks, model } = ctx.figures;
    const back = blocks.cyclic.includes(1)
      ? new Set(topologicalOrder(ctx.graph).backEdges)
      : new Set<Flow>();
    for (const [, s] of ctx.steps()) {
      const m = ctx.metrics.steps[s.id]!;
      if (!(m.visits > 0)) continue;
      if (s.type === 'task' && s.value === 'NVA') {
        const time = times(m.visits, m.serviceMean);
        const severity = m.visits >= NVA_WARNING_VISITS ? 'warning' : 'info';
        found.push(
          ctx.finding(
            'non-value-adding',
            severity,
            'non-value-adding.nva',
            { names: [ctx.name(s.id)], time: formatMinutes(time, ctx.lang) },
            {
              steps: [s.id],
              roles: s.role ? [s.role] : [],
              evidence: { workPerCase: time, waitPerCase: times(m.visits, m.waitMean) },
            },
          ),
        );
      } else if (
        s.type === 'task' &&
        back.size > 0 &&
        model.out[ctx.graph.indexOf(s.id)]!.length > 0 &&
        model.out[ctx.graph.indexOf(s.id)]!.every((a) => back.has(a.flow))
      ) {
        // A re-entry step: all it does is hand the case back round a loop (修改后重新提交).
        const time = times(m.visits, m.serviceMean);
        found.push(
          ctx.finding(
            'non-value-adding',
            'info',
            'non-value-adding.reentry',
            { names: [ctx.name(s.id)], time: formatMinutes(time, ctx.lang) },
            {
              steps: [s.id],
              roles: s.role ? [s.role] : [],
              evidence: { workPerCase: time },
            },
          ),
        );
      }
    }
    return found;
  },
};
