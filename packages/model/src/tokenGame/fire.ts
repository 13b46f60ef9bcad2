import type { ConditionData } from '../condition/evaluateCondition';
import { formatMessage, type Lang } from '../messages/lang';
import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import { whyNotAdmissible } from './admissibleFlows';
import { examineStep, type Refusal } from './examineStep';
import { gameIndex, type GameIndex } from './gameIndex';
import type { Marking } from './marking';
import { tokenGameMessages, type TokenGameCode } from './tokenGameMessages';

/** Why a step could not fire: a code and a sentence in the requested language. */
export interface FireRefusal {
  code: TokenGameCode;
  message: string;
}

/** The result of {@link fire}. `flowId` is the flow an xor put its token on. */
export type FireResult =
  { ok: true; marking: Marking; flowId?: string } | { ok: false; reason: FireRefusal };

/** Options of {@link fire}. */
export interface FireOptions {
  /** At an xor: the outgoing flow to take. Needed when more than one is admissible. */
  flowId?: string;
  /** The case data the xor conditions read (TG-6); without it any flow a case could take is allowed. */
  data?: ConditionData;
  /** The language of refusal messages; default `en`. */
  lang?: Lang;
}

/** Renders a refusal in `lang`. Pure. */
export function renderRefusal(refusal: Refusal, lang: Lang = 'en'): FireRefusal {
  // Code and parameters travel together in the Refusal union; TS cannot correlate them here.
  return {
    code: refusal.code,
    message: formatMessage(tokenGameMessages, refusal.code, refusal.params as never, lang),
  };
}

/**
 * Fires step `stepId` in `marking` (SPEC.md TG-3 … TG-7): takes its tokens and puts new ones
 * on its outgoing flows, or refuses with a reason. Pure: `marking` is left unchanged.
 */
export function fire(
  doc: ProcessDocument,
  marking: Marking,
  stepId: string,
  options: FireOptions = {},
): FireResult {
  return fireIndexed(gameIndex(doc), marking, stepId, options);
}

/** {@link fire} on a precomputed index. Pure. */
export function fireIndexed(
  ix: GameIndex,
  marking: Marking,
  stepId: string,
  options: FireOptions = {},
): FireResult {
  const { flowId, data, lang } = options;
  const exam = examineStep(ix, marking, stepId, data);
  const refuse = (refusal: Refusal): FireResult => ({
    ok: false,
    reason: renderRefusal(refusal, lang),
  });
  if (!exam.enabled) {
    // When the caller named a flow, say why that flow is closed rather than that all are.
    const named =
      exam.refusal.code === 'no-admissible'
        ? ix.graph.outgoing(stepId).find((f) => f.id === flowId)
        : undefined;
    return refuse(named ? whyNotAdmissible(ix, stepId, named, [], data, lang) : exam.refusal);
  }
  let produces = exam.choices;
  let chosen: string | undefined;
  if (exam.step.type === 'xor') {
    const outgoing = ix.graph.outgoing(stepId);
    if (flowId === undefined) {
      if (exam.choices.length > 1) {
        const flows = exam.choices.map((f) => `'${f.id}'`).join(', ');
        return refuse({ code: 'choose-flow', params: { stepId, flows } });
      }
      produces = exam.choices;
    } else {
      const flow = outgoing.find((f) => f.id === flowId);
      if (flow === undefined) return refuse({ code: 'not-outgoing', params: { stepId, flowId } });
      if (!exam.choices.includes(flow))
        return refuse(whyNotAdmissible(ix, stepId, flow, exam.choices, data, lang));
      produces = [flow];
    }
    chosen = produces[0]!.id;
  } else if (flowId !== undefined && !ix.graph.outgoing(stepId).some((f) => f.id === flowId)) {
    // Other steps take every outgoing flow; naming one of them is harmless, naming another is a mistake.
    return refuse({ code: 'not-outgoing', params: { stepId, flowId } });
  }
  const next = applyFiring(marking, exam.consumes, produces);
  return chosen === undefined
    ? { ok: true, marking: next }
    : { ok: true, marking: next, flowId: chosen };
}

/** The marking after taking a token from each of `consumes` and adding one on each of `produces`. Pure. */
export function applyFiring(
  marking: Marking,
  consumes: readonly string[],
  produces: readonly Flow[],
): Marking {
  const next = new Map(marking);
  for (const id of consumes) {
    const n = (next.get(id) ?? 0) - 1;
    if (n > 0) next.set(id, n);
    else next.delete(id);
  }
  for (const f of produces) next.set(f.id, (next.get(f.id) ?? 0) + 1);
  return next;
}
