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

/**
 * The result of {@link fire}. `flowId` is the flow an xor put its token on, `flowIds` the flows
 * an or split put tokens on (document order).
 */
export type FireResult =
  | { ok: true; marking: Marking; flowId?: string; flowIds?: string[] }
  | { ok: false; reason: FireRefusal };

/** Options of {@link fire}. */
export interface FireOptions {
  /** At an xor: the outgoing flow to take. Needed when more than one is admissible. */
  flowId?: string;
  /**
   * At an or split: the outgoing flows to take (any order; `flowId` alone means that one flow).
   * Needed when more than one set is admissible (TG-17).
   */
  flowIds?: readonly string[];
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
  const flowIds = options.flowIds ?? (flowId === undefined ? undefined : [flowId]);
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
  if (exam.terminates) return { ok: true, marking: new Map() };
  if (exam.sets !== undefined) {
    const set = chooseSet(ix, stepId, exam.sets, flowIds);
    if ('code' in set) return refuse(set);
    const ids = set.map((f) => f.id);
    return { ok: true, marking: applyFiring(marking, exam.consumes, set), flowIds: ids };
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

/** The admissible set of an or split that `flowIds` names, or why there is none. */
function chooseSet(
  ix: GameIndex,
  stepId: string,
  sets: readonly (readonly Flow[])[],
  flowIds: readonly string[] | undefined,
): readonly Flow[] | Refusal {
  const setList = () => sets.map((set) => `{${set.map((f) => `'${f.id}'`).join(', ')}}`).join(', ');
  if (flowIds === undefined) {
    if (sets.length === 1) return sets[0]!;
    return { code: 'choose-flows', params: { stepId, sets: setList() } };
  }
  const outgoing = ix.graph.outgoing(stepId);
  const unknown = flowIds.find((id) => !outgoing.some((f) => f.id === id));
  if (unknown !== undefined) return { code: 'not-outgoing', params: { stepId, flowId: unknown } };
  const wanted = new Set(flowIds);
  const match = sets.find(
    (set) => set.length === wanted.size && set.every((f) => wanted.has(f.id)),
  );
  if (match) return match;
  const flows = `{${[...wanted].map((id) => `'${id}'`).join(', ')}}`;
  return { code: 'flows-not-admissible', params: { stepId, flows, sets: setList() } };
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
