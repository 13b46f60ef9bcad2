import { formatPercent } from '../messages';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `probabilities` (warning): the probabilities on the flows out of an exclusive split do not
 * add up to 1 — all given and off by more than 0.1 %, any outside 0..1, or those given already
 * reach 1 while others have none. After an inclusive (or) split each branch's own probability
 * must lie in (0, 1] (they need not add up to anything).
 */
export const probabilities: Rule = {
  id: 'probabilities',
  kinds: ['probabilities'],
  check(ctx) {
    const found: Finding[] = [];
    for (const [i, s] of ctx.steps()) {
      if (ctx.model.split[i] === 'or') {
        // Each branch on its own: a probability in (0, 1] (CONTRACTS "OR"); the default has none.
        const bad = ctx.model.out[i]!.filter(
          (a) =>
            !a.flow.default &&
            typeof a.flow.probability === 'number' &&
            !(a.flow.probability > 0 && a.flow.probability <= 1),
        );
        if (bad.length > 0)
          found.push(
            ctx.finding(
              'probabilities',
              'warning',
              'probabilities.or',
              { step: ctx.name(s.id), flows: bad.map((a) => a.flow.id).join(', ') },
              {
                steps: [s.id],
                evidence: { flows: ctx.model.out[i]!.length, outOfRange: bad.length },
              },
            ),
          );
        continue;
      }
      if (ctx.model.split[i] !== 'xor') continue;
      const ps = ctx.model.out[i]!.map((a) => a.flow.probability);
      const given = ps.filter((p): p is number => typeof p === 'number');
      if (given.length === 0) continue;
      const sum = given.reduce((a, b) => a + b, 0);
      const bad =
        given.some((p) => !(p >= 0 && p <= 1)) ||
        (given.length === ps.length ? Math.abs(sum - 1) > 1e-3 : sum >= 1 - 1e-9);
      if (!bad) continue;
      found.push(
        ctx.finding(
          'probabilities',
          'warning',
          'probabilities',
          { step: ctx.name(s.id), sum: formatPercent(sum) },
          {
            steps: [s.id],
            evidence: { sum, flows: ps.length, withProbability: given.length },
          },
        ),
      );
    }
    return found;
  },
};
