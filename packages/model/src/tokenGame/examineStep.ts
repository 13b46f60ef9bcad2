import type { ConditionData } from '../condition/evaluateCondition';
import type { Flow } from '../types/flow';
import type { Step } from '../types/step';
import { admissibleFlows } from './admissibleFlows';
import type { GameIndex } from './gameIndex';
import type { Marking } from './marking';
import { orFlowSets, orJoinReady } from './orGateway';
import type { TokenGameCode, TokenGameParams } from './tokenGameMessages';

/** Why a step cannot fire: a refusal code and its message parameters. */
export type Refusal = {
  [C in TokenGameCode]: { code: C; params: TokenGameParams[C] };
}[TokenGameCode];

/** Whether a step can fire in a marking, and if so what it consumes and may produce. */
export type StepExamination =
  | {
      enabled: true;
      step: Step;
      /** The flows (or the start step id) it takes one token from. */
      consumes: readonly string[];
      /**
       * For an xor: the admissible outgoing flows (TG-6); for an or split the flows of its
       * admissible sets; otherwise every outgoing flow.
       */
      choices: readonly Flow[];
      /** For an or split (several outgoing flows): the sets of flows it may take (TG-17). */
      sets?: readonly (readonly Flow[])[];
      /** A terminate end: firing removes every token of the case (TG-19). */
      terminates?: boolean;
    }
  | { enabled: false; refusal: Refusal };

const quoteList = (ids: readonly string[]): string => ids.map((id) => `'${id}'`).join(', ');

/**
 * Decides whether `stepId` is enabled in `marking` (SPEC.md TG-3 … TG-7, TG-17 … TG-19). Pure.
 * `data` (the case data) only matters at an xor or or split: without it every flow (or set of
 * flows) a case could take is admissible; with it, conditions decide.
 */
export function examineStep(
  ix: GameIndex,
  marking: Marking,
  stepId: string,
  data: ConditionData | undefined,
): StepExamination {
  const step = ix.graph.step(stepId);
  if (step === undefined)
    return { enabled: false, refusal: { code: 'unknown-step', params: { stepId } } };
  const notEnabled: StepExamination = {
    enabled: false,
    refusal: { code: 'not-enabled', params: { stepId } },
  };
  const outgoing = ix.graph.outgoing(stepId);
  let consumes: readonly string[];
  if (step.type === 'start') {
    if (!marking.has(stepId)) return notEnabled;
    consumes = [stepId];
  } else {
    const incoming = ix.graph.incoming(stepId);
    if (step.type === 'and') {
      const missing = incoming.filter((f) => !marking.has(f.id)).map((f) => f.id);
      if (incoming.length === 0 || missing.length === incoming.length) return notEnabled;
      if (missing.length > 0) {
        return {
          enabled: false,
          refusal: { code: 'join-waiting', params: { stepId, flows: quoteList(missing) } },
        };
      }
      consumes = incoming.map((f) => f.id);
    } else if (step.type === 'or' && incoming.length > 1) {
      // TG-18: an inclusive join waits until no token of its region is still on the way.
      const marked = incoming.filter((f) => marking.has(f.id));
      if (marked.length === 0) return notEnabled;
      if (!orJoinReady(ix, marking, stepId)) {
        const missing = incoming.filter((f) => !marking.has(f.id)).map((f) => f.id);
        return {
          enabled: false,
          refusal: { code: 'or-join-waiting', params: { stepId, flows: quoteList(missing) } },
        };
      }
      consumes = marked.map((f) => f.id);
    } else {
      // TG-4: several incoming flows merge implicitly; the first marked one (document order) is used.
      const first = incoming.find((f) => marking.has(f.id));
      if (first === undefined) return notEnabled;
      consumes = [first.id];
    }
  }
  if (step.type === 'end') {
    return step.terminate === true
      ? { enabled: true, step, consumes, choices: [], terminates: true }
      : { enabled: true, step, consumes, choices: [] };
  }
  if (outgoing.length === 0)
    return { enabled: false, refusal: { code: 'dead-end', params: { stepId } } };
  if (step.type === 'or' && outgoing.length > 1) {
    const sets = orFlowSets(ix, outgoing, data);
    const choices = outgoing.filter((f) => sets.some((set) => set.includes(f)));
    return { enabled: true, step, consumes, choices, sets };
  }
  if (step.type !== 'xor') return { enabled: true, step, consumes, choices: outgoing };
  const choices = admissibleFlows(ix, outgoing, data);
  if (choices.length === 0)
    return { enabled: false, refusal: { code: 'no-admissible', params: { stepId } } };
  return { enabled: true, step, consumes, choices };
}
