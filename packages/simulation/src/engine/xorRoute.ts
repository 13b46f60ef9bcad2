import { parseCondition, type ConditionAst, type Lang } from '@flowsmith/model';
import { message, type SimulationProblem } from '../messages';
import type { OrFlow } from './orRoute';
import * as K from './stepKinds';

/**
 * How xor `step` with outgoing flows `out` routes (SPEC.md SIM-SEM-3): by condition when some
 * flow has one and every name its conditions read is case data (attributes or names a step
 * sets); otherwise by probability, writing each flow's cumulative share into `cumulative`.
 * Conditions go into `condition`, refusals into `problems`. Pure but for those three.
 */
export function xorRoute(
  step: string,
  out: readonly number[],
  flows: readonly OrFlow[],
  names: ReadonlySet<string>,
  lang: Lang,
  cumulative: Float64Array,
  condition: Array<ConditionAst | null>,
  problems: SimulationProblem[],
): number {
  const conditional = out.filter((f) => flows[f]!.condition !== undefined);
  if (conditional.length > 0 && names.size > 0) {
    const parsed = conditional.map(
      (f) => [f, parseCondition(flows[f]!.condition!, { lang })] as const,
    );
    const covered = parsed.every(
      ([, r]) => r.ok && r.names.every((name) => names.has(name.split('.')[0]!)),
    );
    if (covered) {
      for (const [f, r] of parsed) if (r.ok) condition[f] = r.ast;
      return K.ROUTE_CONDITION;
    }
    for (const [f, r] of parsed) {
      if (r.ok) continue;
      const flow = flows[f]!.id;
      problems.push({
        path: flow,
        code: 'sim.condition',
        message: message('sim.condition', { flow, message: r.error.message }, lang),
      });
    }
  }
  const given = out.filter((f) => flows[f]!.probability !== undefined);
  const sumGiven = given.reduce((a, f) => a + flows[f]!.probability!, 0);
  const rest = out.length - given.length;
  const share = rest > 0 ? (1 - sumGiven) / rest : 0;
  if ((rest === 0 && Math.abs(sumGiven - 1) > 1e-6) || (rest > 0 && share < -1e-9)) {
    problems.push({
      path: step,
      code: 'sim.probabilities',
      message: message('sim.probabilities', { step, sum: sumGiven.toFixed(3) }, lang),
    });
  }
  const total = rest === 0 ? sumGiven : 1;
  let acc = 0;
  for (const f of out) {
    const p = flows[f]!.probability ?? Math.max(0, share);
    acc += total > 0 ? p / total : 1 / out.length;
    cumulative[f] = acc;
  }
  cumulative[out[out.length - 1]!] = 1;
  return K.ROUTE_PROBABILITY;
}
