import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { tokensPerVisit } from '../flow/tokensPerVisit';

/**
 * `lack-of-sync` (error): parallel branches meet at an exclusive merge (or a task with several
 * flows in), so more than one token per case passes it and what follows runs several times.
 * Only checked when the process has a parallel split.
 */
export const lackOfSync: Rule = {
  id: 'lack-of-sync',
  kinds: ['lack-of-sync'],
  check(ctx) {
    const { model, blocks, graph } = ctx.figures;
    if (!model.split.includes('and') && !model.split.includes('or')) return [];
    const idom = ctx.dominators();
    const scratch = { stamp: new Int32Array(model.n), local: new Float64Array(model.n), mark: 0 };
    const found: Finding[] = [];
    for (const [m, s] of ctx.steps()) {
      if (s.type === 'and' || s.type === 'end' || model.in[m]!.length < 2) continue;
      // A paired inclusive join waits for its branches (one visit per split); unpaired: `or-join`.
      if (s.type === 'or') continue;
      const d = idom[m]!;
      if (d < 0 || d >= model.n) continue;
      const total = tokensPerVisit(model, blocks, d, m, scratch, ctx.figures.visits, (x) =>
        ctx.reaches(x, m),
      ).reduce((a, t) => a + t.tokens, 0);
      if (total <= 1 + 1e-9) continue;
      found.push(
        ctx.finding(
          'lack-of-sync',
          'error',
          'lack-of-sync',
          { merge: ctx.name(s.id), times: String(Math.round(total * 100) / 100) },
          {
            steps: [s.id, graph.steps[d]!.id],
            key: s.id,
            evidence: { tokensPerCase: total },
          },
        ),
      );
    }
    return found;
  },
};
