import type { Flow } from '@flowsmith/model';

/**
 * How an inclusive (or) split chooses (CONTRACTS "OR"): each flow that is not the default is
 * taken on its own with `chance` — its `probability` in (0, 1]; a flow without a valid one is
 * always taken, as a flow without condition is — and when none is taken the `fallback` flow is:
 * the default flow, or with no default the one with the highest probability (first on ties).
 * The default's own chance is 0. Pure.
 */
export function orChances(flows: readonly Flow[]): { chance: number[]; fallback: number } {
  const chance = flows.map((f) =>
    f.default
      ? 0
      : typeof f.probability === 'number' && f.probability > 0 && f.probability <= 1
        ? f.probability
        : 1,
  );
  let fallback = flows.findIndex((f) => f.default);
  if (fallback < 0)
    chance.forEach((c, i) => {
      if (fallback < 0 || c > chance[fallback]!) fallback = i;
    });
  return { chance, fallback };
}

/**
 * The share of an inclusive (or) split's visits that take each of its flows — each flow's
 * marginal chance of being taken ({@link orChances}; docs/analysis.md §1). Pure. The weights
 * may add up to more than 1: their sum is the expected number of branches a visit starts.
 */
export function orWeights(flows: readonly Flow[]): number[] {
  const { chance, fallback } = orChances(flows);
  const none = chance.reduce((prod, c) => prod * (1 - c), 1);
  return chance.map((c, i) => (i === fallback ? c + none : c));
}
