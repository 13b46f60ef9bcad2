import type { ConditionAst, Lang } from '@flowsmith/model';
import type { SimulationProblem } from '../messages';
import { orRoute, type OrFlow } from './orRoute';
import * as K from './stepKinds';

/** The or gateways of a compiled graph: how each split routes, and which join it pairs with. */
export interface CompiledInclusive {
  orChance: Float64Array;
  /** Per or split: its join's slot, or -1; per or join: its slot, or -1. */
  orSplitSlot: Int32Array;
  orJoinSlot: Int32Array;
  orSlots: number;
  /**
   * The slots whose region (the steps between a split and its join) each step lies in: for step
   * `s`, `orRegionSlots[orRegionStart[s] .. orRegionStart[s + 1])`.
   */
  orRegionStart: Int32Array;
  orRegionSlots: Int32Array;
  problems: SimulationProblem[];
}

/**
 * Compiles the or gateways (SPEC.md SIM-SEM-7): writes each split's routing into `route` and its
 * conditions into `condition`, gives each (split, join) pair — as the model's
 * `pairInclusiveJoins` pairs them — a slot, and finds each pair's region: the steps the split
 * reaches without passing its join and from which the join can be reached (a token there is
 * still on its way to the join). Pure but for the two arrays it fills.
 */
export function compileInclusive(
  g: {
    ids: readonly string[];
    kind: Uint8Array;
    outStart: Int32Array;
    outFlows: Int32Array;
    flows: ReadonlyArray<OrFlow & { to: number }>;
    /** (split, join) step indices. */
    pairs: ReadonlyArray<readonly [number, number]>;
  },
  dataNames: ReadonlySet<string>,
  lang: Lang,
  route: Uint8Array,
  condition: Array<ConditionAst | null>,
): CompiledInclusive {
  const n = g.kind.length;
  const orChance = new Float64Array(g.flows.length);
  const orSplitSlot = new Int32Array(n).fill(-1);
  const orJoinSlot = new Int32Array(n).fill(-1);
  const problems: SimulationProblem[] = [];
  for (let s = 0; s < n; s++) {
    const out = Array.from(g.outFlows.subarray(g.outStart[s]!, g.outStart[s + 1]!));
    if (out.length < 2 || g.kind[s] !== K.OR) continue;
    const r = orRoute(g.ids[s]!, out, g.flows, dataNames, lang);
    route[s] = r.route;
    r.chance.forEach((p, i) => (orChance[out[i]!] = p));
    r.conditions.forEach((c, i) => (condition[out[i]!] = c));
    problems.push(...r.problems);
  }
  const next = (s: number): number[] =>
    Array.from(g.outFlows.subarray(g.outStart[s]!, g.outStart[s + 1]!), (f) => g.flows[f]!.to);
  const previous: number[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++) for (const t of next(s)) previous[t]!.push(s);
  const regions: number[][] = Array.from({ length: n }, () => []);
  g.pairs.forEach(([split, join], slot) => {
    orSplitSlot[split] = slot;
    orJoinSlot[join] = slot;
    const ahead = spread(n, split, next, split, join);
    const behind = spread(n, join, (s) => previous[s]!, split, join);
    for (let s = 0; s < n; s++) if (ahead[s] && behind[s]) regions[s]!.push(slot);
  });
  const orRegionStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) orRegionStart[s + 1] = orRegionStart[s]! + regions[s]!.length;
  const orRegionSlots = Int32Array.from(regions.flat());
  return {
    orChance,
    orSplitSlot,
    orJoinSlot,
    orSlots: g.pairs.length,
    orRegionStart,
    orRegionSlots,
    problems,
  };
}

/** Steps reached from `from` by `step`, never entering `split` or `join` (the seeds excluded). */
function spread(
  n: number,
  from: number,
  step: (s: number) => number[],
  split: number,
  join: number,
): Uint8Array {
  const seen = new Uint8Array(n);
  const todo = [from];
  while (todo.length) {
    for (const t of step(todo.pop()!)) {
      if (t === split || t === join || seen[t]) continue;
      seen[t] = 1;
      todo.push(t);
    }
  }
  return seen;
}
