import type { ConditionData } from '../condition/evaluateCondition';
import type { ProcessDocument } from '../types/process';
import { examineStep } from './examineStep';
import { gameIndex, type GameIndex } from './gameIndex';
import type { Marking } from './marking';

/**
 * A step that can fire; at an xor, `choices` lists the admissible outgoing flows (TG-6); at an or
 * split, `sets` lists the admissible sets of flows (TG-17) and `choices` every flow in them.
 */
export interface EnabledStep {
  stepId: string;
  choices?: string[];
  sets?: string[][];
}

/**
 * The steps that can fire in `marking`, in document order (SPEC.md TG-3 … TG-7). Pure.
 * Only steps next to a token are examined, so the cost follows the tokens, not the document.
 */
export function enabledSteps(
  doc: ProcessDocument,
  marking: Marking,
  options: { data?: ConditionData } = {},
): EnabledStep[] {
  return enabledIndexed(gameIndex(doc), marking, options.data);
}

/** {@link enabledSteps} on a precomputed index. Pure. */
export function enabledIndexed(
  ix: GameIndex,
  marking: Marking,
  data: ConditionData | undefined,
): EnabledStep[] {
  const out: EnabledStep[] = [];
  for (const stepId of candidateSteps(ix, marking)) {
    const exam = examineStep(ix, marking, stepId, data);
    if (!exam.enabled) continue;
    if (exam.sets !== undefined) {
      const sets = exam.sets.map((set) => set.map((f) => f.id));
      out.push({ stepId, choices: exam.choices.map((f) => f.id), sets });
    } else {
      out.push(
        exam.step.type === 'xor' ? { stepId, choices: exam.choices.map((f) => f.id) } : { stepId },
      );
    }
  }
  return out;
}

/** The steps a token waits at: targets of marked flows and marked start steps, in document order. */
export function candidateSteps(ix: GameIndex, marking: Marking): string[] {
  const indexes = new Set<number>();
  for (const id of marking.keys()) {
    const flow = ix.graph.flow(id);
    const i = ix.graph.indexOf(flow === undefined ? id : flow.to);
    if (i >= 0) indexes.add(i);
  }
  return [...indexes].sort((a, b) => a - b).map((i) => ix.graph.steps[i]!.id);
}

/** Whether the case is complete: no token remains anywhere (SPEC.md TG-8). Pure. */
export function isComplete(marking: Marking): boolean {
  return marking.size === 0;
}

/**
 * Whether the case is stuck: tokens remain but no step can fire (SPEC.md TG-9). Pure.
 * With `data`, an xor whose flows all reject the data counts as unable to fire.
 */
export function isDeadlocked(
  doc: ProcessDocument,
  marking: Marking,
  options: { data?: ConditionData } = {},
): boolean {
  return marking.size > 0 && enabledSteps(doc, marking, options).length === 0;
}
