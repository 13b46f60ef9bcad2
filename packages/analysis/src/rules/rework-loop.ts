import { formatMinutes } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { firstPassVisits } from '../flow/firstPassVisits';
import { reworkVisits } from '../flow/reworkVisits';
import { times } from '../flow/solveTraffic';

/** Extra passes per case from which a rework loop is a warning (a 20 % chance of going round). */
export const REWORK_WARNING_PASSES = 0.25;

/**
 * `rework-loop` (warning, info below 0.25 extra passes per case): a loop cases can leave, with
 * tasks in it; its evidence is the expected extra work per case — each task's rework visits
 * (beyond the first pass; all visits of a fix step, its first pass included: see
 * flow/reworkVisits) times its work. Loops cases cannot leave are `livelock`.
 */
export const reworkLoop: Rule = {
  id: 'rework-loop',
  kinds: ['rework-loop'],
  check(ctx) {
    const { blocks, graph, visits, model } = ctx.figures;
    if (!blocks.cyclic.includes(1)) return [];
    const first = firstPassVisits(model);
    const rework = reworkVisits(model, blocks, visits);
    const found: Finding[] = [];
    blocks.blocks.forEach((members, k) => {
      if (!blocks.cyclic[k]) return;
      const tasks = members.filter((i) => graph.steps[i]!.type === 'task' && visits[i]! > 0);
      if (tasks.length === 0 || tasks.some((i) => !Number.isFinite(visits[i]!))) return;
      let extraWork = 0;
      let passes = 0;
      for (const i of tasks) {
        const m = ctx.metrics.steps[graph.steps[i]!.id]!;
        extraWork += times(rework[i]!, m.serviceMean);
        if (first[i]! > 0) passes = Math.max(passes, visits[i]! / first[i]! - 1);
      }
      const ids = members.map((i) => graph.steps[i]!.id);
      const taskIds = tasks.map((i) => graph.steps[i]!.id);
      const roles = [
        ...new Set(
          tasks
            .map((i) => graph.steps[i]!)
            .flatMap((s) => (s.type === 'task' && s.role ? [s.role] : [])),
        ),
      ];
      found.push(
        ctx.finding(
          'rework-loop',
          passes >= REWORK_WARNING_PASSES ? 'warning' : 'info',
          'rework-loop',
          {
            names: taskIds.map((id) => ctx.name(id)),
            passes: String(Math.round(passes * 100) / 100),
            extra: formatMinutes(extraWork, ctx.lang),
          },
          {
            steps: ids,
            roles,
            evidence: {
              extraWorkPerCase: extraWork,
              extraPasses: passes,
              reworkProbability: passes / (1 + passes),
            },
          },
        ),
      );
    });
    return found;
  },
};
