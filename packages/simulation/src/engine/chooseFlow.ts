import { conditionIsTrue, type ConditionData } from '@flowsmith/model';
import type { RandomStream } from '../random/RandomStream';
import type { CompiledModel } from './CompiledModel';
import * as K from './stepKinds';

const NO_DATA: ConditionData = Object.freeze(Object.create(null) as ConditionData);

/**
 * The flow xor `s` sends a case along (SPEC.md SIM-SEM-3), among its outgoing flows
 * `outFlows[a..b)`: by probability (one draw from the xor's stream), or by the first condition
 * that holds on the case's data, else the first flow without a condition that is not the
 * default, else the default (as the token game, TG-6). -1 when no flow applies.
 */
export function chooseFlow(
  m: CompiledModel,
  stream: RandomStream | null,
  data: ConditionData | undefined,
  s: number,
  a: number,
  b: number,
): number {
  if (m.route[s] === K.ROUTE_PROBABILITY) {
    const u = stream!.next();
    for (let i = a; i < b; i++) if (u < m.cumulative[m.outFlows[i]!]!) return m.outFlows[i]!;
    return m.outFlows[b - 1]!;
  }
  let fallback = -1;
  for (let i = a; i < b; i++) {
    const f = m.outFlows[i]!;
    const ast = m.condition[f];
    if (ast) {
      if (conditionIsTrue(ast, data ?? NO_DATA)) return f;
    } else if (fallback < 0 || (m.isDefault[fallback] && !m.isDefault[f])) {
      fallback = f;
    }
  }
  return fallback;
}
