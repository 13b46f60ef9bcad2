import { ConditionError } from '../condition/ConditionError';
import { tryEvaluateCondition, type ConditionData } from '../condition/evaluateCondition';
import type { Lang } from '../messages/lang';
import type { Flow } from '../types/flow';
import type { GameIndex } from './gameIndex';
import type { Refusal } from './examineStep';

/**
 * The outgoing flows of an xor a case may take (SPEC.md TG-6), in document order. Pure.
 *
 * One outgoing flow: always admissible. Without data: every non-default flow (a condition
 * might hold), plus the default flows when every non-default flow has a condition (they
 * might all be false). With data: non-default flows without a condition or whose condition
 * is true; if there are none, the default flows.
 */
export function admissibleFlows(
  ix: GameIndex,
  outgoing: readonly Flow[],
  data: ConditionData | undefined,
): Flow[] {
  if (outgoing.length === 1) return [outgoing[0]!];
  const open: Flow[] = [];
  let allConditioned = true;
  for (const f of outgoing) {
    if (f.default) continue;
    if (f.condition === undefined) {
      allConditioned = false;
      open.push(f);
    } else if (data === undefined || holds(ix, f, data)) {
      open.push(f);
    }
  }
  const fallBack = data === undefined ? allConditioned : open.length === 0;
  return fallBack ? outgoing.filter((f) => f.default || open.includes(f)) : open;
}

function holds(ix: GameIndex, f: Flow, data: ConditionData): boolean {
  const ast = ix.conditions.get(f.id);
  if (ast === undefined || ast instanceof ConditionError) return false;
  const r = tryEvaluateCondition(ast, data);
  return r.ok && r.value;
}

/** Why `flow` (an outgoing flow of xor `stepId` that is not admissible) was refused. Pure. */
export function whyNotAdmissible(
  ix: GameIndex,
  stepId: string,
  flow: Flow,
  admissible: readonly Flow[],
  data: ConditionData | undefined,
  lang: Lang = 'en',
): Refusal {
  const flowId = flow.id;
  if (flow.default || flow.condition === undefined || data === undefined) {
    return {
      code: 'default-not-taken',
      params: { stepId, flowId, flows: admissible.map((f) => `'${f.id}'`).join(', ') },
    };
  }
  const ast = ix.conditions.get(flowId);
  const r =
    ast === undefined
      ? undefined
      : ast instanceof ConditionError
        ? { ok: false as const, error: ast }
        : tryEvaluateCondition(ast, data);
  if (r !== undefined && !r.ok) {
    return {
      code: 'condition-error',
      params: { stepId, flowId, condition: flow.condition, error: r.error.messageIn(lang) },
    };
  }
  return { code: 'condition-false', params: { stepId, flowId, condition: flow.condition } };
}
