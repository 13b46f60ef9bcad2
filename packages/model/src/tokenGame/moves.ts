import type { ConditionData } from '../condition/evaluateCondition';
import { candidateSteps } from './enabledSteps';
import { examineStep } from './examineStep';
import { applyFiring } from './fire';
import type { GameIndex } from './gameIndex';
import type { Marking, TraceStep } from './marking';

/** One way a marking can move on: the step fired (with the xor's flow) and the marking after. */
export interface Move {
  step: TraceStep;
  marking: Marking;
}

/**
 * Every move from `marking`: each enabled step in document order, at an xor each admissible
 * flow in document order, at an or split each admissible set of flows (TG-17). Pure; the order makes explorations deterministic.
 * Equivalent to `enabledSteps` followed by `fire` for each choice, examining each step once.
 */
export function moves(ix: GameIndex, marking: Marking, data: ConditionData | undefined): Move[] {
  const out: Move[] = [];
  for (const stepId of candidateSteps(ix, marking)) {
    const exam = examineStep(ix, marking, stepId, data);
    if (!exam.enabled) continue;
    if (exam.terminates) {
      out.push({ step: { stepId }, marking: new Map() });
    } else if (exam.sets !== undefined) {
      for (const set of exam.sets) {
        out.push({
          step: { stepId, flowIds: set.map((f) => f.id) },
          marking: applyFiring(marking, exam.consumes, set),
        });
      }
    } else if (exam.step.type === 'xor') {
      for (const f of exam.choices) {
        out.push({
          step: { stepId, flowId: f.id },
          marking: applyFiring(marking, exam.consumes, [f]),
        });
      }
    } else {
      out.push({ step: { stepId }, marking: applyFiring(marking, exam.consumes, exam.choices) });
    }
  }
  return out;
}
