/**
 * The transitions of an inclusive (OR) gateway (SPEC.md CM-OR): a split that decides from the case
 * data (`always`, guard `takesFlows`) or waits for people to name the flows (`CHOOSE` with
 * `flowIds`, guard `canChooseFlows`), and the gate each branch starts with, which runs the branch
 * when the split took its flow and otherwise skips it.
 */
import type { ActionJson, FlowRule, StateJson } from './machineConfig';
import { decidesByData } from './runtime';

/** The first state of an inclusive split's branch, and the final state a skipped branch is in. */
export const GATE = '@gate';
export const SKIPPED = '@skipped';

/** The transitions of or-split `stepId` with flows `rules` into its parallel state `parallelKey`. Pure. */
export function inclusiveSplit(
  stepId: string,
  rules: FlowRule[],
  parallelKey: string,
): Pick<StateJson, 'always' | 'on'> {
  if (decidesByData(rules)) {
    const take: ActionJson = { type: 'takeFlows', params: { stepId, flows: rules } };
    return {
      always: [
        {
          guard: { type: 'takesFlows', params: { flows: rules } },
          target: parallelKey,
          actions: [take],
        },
      ],
    };
  }
  const choose: ActionJson = { type: 'chooseFlows', params: { stepId, flows: rules } };
  return {
    on: {
      CHOOSE: [
        {
          guard: { type: 'canChooseFlows', params: { stepId, flows: rules } },
          target: parallelKey,
          actions: [choose],
        },
      ],
    },
  };
}

/**
 * The gate and skipped states of the branch of split `splitId` along flow `flowId`, whose first
 * state is `first`: the branch runs when the split's latest `took-flows` line names the flow. Pure.
 */
export function branchGate(
  splitId: string,
  flowId: string,
  first: string,
): Record<typeof GATE | typeof SKIPPED, StateJson> {
  return {
    [GATE]: {
      always: [
        { guard: { type: 'tookFlow', params: { stepId: splitId, flowId } }, target: first },
        { target: SKIPPED },
      ],
    },
    [SKIPPED]: { type: 'final' },
  };
}
