import { conditionIsTrue, type ConditionData } from '@flowsmith/model';
import type { RandomStream } from '../random/RandomStream';
import type { CompiledModel } from './CompiledModel';
import * as K from './stepKinds';

const NO_DATA: ConditionData = Object.freeze(Object.create(null) as ConditionData);

/**
 * The flows or split `s` sends a case along (SPEC.md SIM-SEM-7), among `outFlows[a..b)`, written
 * into `taken`; returns how many. By condition: every flow whose condition holds, and every
 * flow without one that is not the default. By probability: each non-default flow on its own
 * (one draw each, in document order). None taken → the default flow, else the flow with the
 * highest probability (document order on ties).
 */
export function chooseOrFlows(
  m: CompiledModel,
  stream: RandomStream | null,
  data: ConditionData | undefined,
  s: number,
  a: number,
  b: number,
  taken: Int32Array,
): number {
  let n = 0;
  let fallback = -1;
  let best = -1;
  const byCondition = m.route[s] === K.ROUTE_CONDITION;
  for (let i = a; i < b; i++) {
    const f = m.outFlows[i]!;
    if (m.isDefault[f]) {
      if (fallback < 0) fallback = f;
      continue;
    }
    if (best < 0 || m.orChance[f]! > m.orChance[best]!) best = f;
    let take: boolean;
    if (byCondition) {
      const ast = m.condition[f];
      take = ast ? conditionIsTrue(ast, data ?? NO_DATA) : true;
    } else {
      take = stream!.next() < m.orChance[f]!;
    }
    if (take) taken[n++] = f;
  }
  if (n === 0) {
    const f = fallback >= 0 ? fallback : best;
    if (f >= 0) taken[n++] = f;
  }
  return n;
}
