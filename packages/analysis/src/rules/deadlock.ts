import { formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';
import { tokensPerVisit } from '../flow/tokensPerVisit';

/**
 * `deadlock` (error): a parallel join that cannot always fire — one of its incoming flows does
 * not carry a token every time the step before the branches runs (an and-join after an xor
 * split, a branch that may leave elsewhere, an and-join closing a loop).
 */
export const deadlock: Rule = {
  id: 'deadlock',
  kinds: ['deadlock'],
  check(ctx) {
    const { model, blocks, graph } = ctx.figures;
    const idom = ctx.dominators();
    const scratch = { stamp: new Int32Array(model.n), local: new Float64Array(model.n), mark: 0 };
    const found: Finding[] = [];
    for (const [j, s] of ctx.steps()) {
      if (s.type !== 'and' || model.in[j]!.length < 2) continue;
      const d = idom[j]!;
      if (d < 0 || d >= model.n) continue; // unreachable, or only the virtual entry: reported elsewhere
      const tokens = tokensPerVisit(model, blocks, d, j, scratch, ctx.figures.visits, (x) =>
        ctx.reaches(x, j),
      ).map((t) => t.tokens);
      const least = Math.min(...tokens);
      if (least >= 1 - 1e-9) continue;
      const branches = model.in[j]!.map((a) => graph.steps[a.from]!.id);
      found.push(
        ctx.finding(
          'deadlock',
          'error',
          'deadlock',
          { join: ctx.name(s.id), share: formatPercent(1 - least) },
          {
            steps: [s.id, graph.steps[d]!.id, ...branches.filter((b) => b !== graph.steps[d]!.id)],
            key: s.id,
            evidence: { stuckShare: Math.min(1, 1 - least), incoming: tokens.length },
          },
        ),
      );
    }
    return found;
  },
};
