import { parseCondition, type ConditionAst, type Lang } from '@flowsmith/model';
import { message, type SimulationProblem } from '../messages';
import * as K from './stepKinds';

/** The flow fields {@link orRoute} reads. */
export interface OrFlow {
  id: string;
  probability?: number;
  condition?: string;
  isDefault: boolean;
}

/** How an or split routes, per outgoing flow in order. */
export interface OrRouting {
  route: number;
  /** Chance each flow is taken on its own (probability routing; 0 for the default flow). */
  chance: number[];
  conditions: Array<ConditionAst | null>;
  problems: SimulationProblem[];
}

/**
 * How or split `step` chooses among its outgoing flows `out` (SPEC.md SIM-SEM-7): by condition
 * when some flow has one and every name its conditions read is case data (as xor, SIM-SEM-3);
 * else by probability, each non-default flow on its own with its `probability` (in (0, 1]; a
 * flow without one gets 1 / the number of non-default flows). Pure.
 */
export function orRoute(
  step: string,
  out: readonly number[],
  flows: readonly OrFlow[],
  dataNames: ReadonlySet<string>,
  lang: Lang,
): OrRouting {
  const problems: SimulationProblem[] = [];
  const list = out.map((f) => flows[f]!);
  const conditions: Array<ConditionAst | null> = list.map(() => null);
  if (list.some((f) => f.condition !== undefined) && dataNames.size > 0) {
    const parsed = list.map((f) =>
      f.condition === undefined ? null : parseCondition(f.condition, { lang }),
    );
    const covered = parsed.every(
      (r) => r === null || (r.ok && r.names.every((n) => dataNames.has(n.split('.')[0]!))),
    );
    if (covered) {
      parsed.forEach((r, i) => (conditions[i] = r?.ok ? r.ast : null));
      // In condition routing the probabilities only rank the fallback when nothing is taken.
      const chance = list.map((f) => (f.isDefault ? 0 : (f.probability ?? 0)));
      return { route: K.ROUTE_CONDITION, chance, conditions, problems };
    }
    parsed.forEach((r, i) => {
      if (r && !r.ok)
        problems.push({
          path: list[i]!.id,
          code: 'sim.condition',
          message: message('sim.condition', { flow: list[i]!.id, message: r.error.message }, lang),
        });
    });
  }
  const open = list.filter((f) => !f.isDefault).length;
  const chance = list.map((f) => {
    if (f.isDefault) return 0;
    const p = f.probability ?? 1 / Math.max(1, open);
    if (!(p > 0 && p <= 1))
      problems.push({
        path: f.id,
        code: 'sim.orProbability',
        message: message('sim.orProbability', { step, flow: f.id, probability: String(p) }, lang),
      });
    return p;
  });
  return { route: K.ROUTE_PROBABILITY, chance, conditions, problems };
}
