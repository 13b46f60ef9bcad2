import type { ChooseFlowsEvent, OpenDecision } from '@flowsmith/compiler';

/**
 * The event that takes the ticked flows of inclusive decision `decision` together (compiler
 * SPEC.md CM-OR): its non-default flows that are ticked, in the decision's order; `undefined`
 * when none is (the default flow goes alone, with its own event). Pure.
 */
export function inclusiveChoice(
  decision: Pick<OpenDecision, 'stepId' | 'flows'>,
  ticked: ReadonlySet<string>,
): ChooseFlowsEvent | undefined {
  const flowIds = decision.flows
    .filter((f) => f.default !== true && ticked.has(f.flowId))
    .map((f) => f.flowId);
  return flowIds.length === 0 ? undefined : { type: 'CHOOSE', stepId: decision.stepId, flowIds };
}
