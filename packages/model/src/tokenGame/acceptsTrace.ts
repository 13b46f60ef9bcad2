import type { ConditionData } from '../condition/evaluateCondition';
import type { Lang } from '../messages/lang';
import type { ProcessDocument } from '../types/process';
import { examineStep } from './examineStep';
import { fireIndexed, renderRefusal, type FireRefusal } from './fire';
import { gameIndex, markingKey } from './gameIndex';
import type { Marking, TraceStep } from './marking';

/** Options of {@link acceptsTrace}. */
export interface AcceptsTraceOptions {
  /** Case data for xor and or conditions (TG-6, TG-17); an entry's own `data` wins. */
  data?: ConditionData;
  /** Also require that no token remains after the last step (TG-8). Default false. */
  complete?: boolean;
  lang?: Lang;
}

/** The result of {@link acceptsTrace}: `at` is the index of the first step that cannot fire. */
export type AcceptsTraceResult =
  { ok: true; marking: Marking } | { ok: false; at: number; reason: FireRefusal };

/**
 * Whether the token game can fire the steps of `trace` one after another (SPEC.md TG-13). Pure.
 * The trace begins with the start step the case entered. An entry is a step id,
 * `{ stepId, flowId }` or (an or split) `{ stepId, flowIds }`; an xor entry without `flowId`
 * may have taken any admissible flow and an or entry without `flowIds` any admissible set, so
 * every possibility is followed (markings deduplicated). `at` = `trace.length` means the trace
 * was accepted step by step but tokens remain while `complete` was asked for.
 */
export function acceptsTrace(
  doc: ProcessDocument,
  trace: ReadonlyArray<string | TraceStep>,
  options: AcceptsTraceOptions = {},
): AcceptsTraceResult {
  const { lang } = options;
  const ix = gameIndex(doc);
  if (trace.length === 0)
    return { ok: false, at: 0, reason: renderRefusal({ code: 'empty-trace', params: {} }, lang) };
  const first = typeof trace[0] === 'string' ? trace[0] : trace[0]!.stepId;
  const start = ix.graph.step(first);
  if (start?.type !== 'start') {
    return {
      ok: false,
      at: 0,
      reason: renderRefusal({ code: 'trace-start', params: { stepId: first } }, lang),
    };
  }
  let current: Marking[] = [new Map([[first, 1]])];
  for (let at = 0; at < trace.length; at++) {
    const entry = trace[at]!;
    const stepId = typeof entry === 'string' ? entry : entry.stepId;
    const flowId = typeof entry === 'string' ? undefined : entry.flowId;
    const flowIds = typeof entry === 'string' ? undefined : entry.flowIds;
    // the data when this step fired, when the trace says (case data a step `sets` changes)
    const data = (typeof entry === 'string' ? undefined : entry.data) ?? options.data;
    const next = new Map<string, Marking>();
    let firstRefusal: FireRefusal | undefined;
    for (const m of current) {
      const exam = examineStep(ix, m, stepId, data);
      const open = flowId === undefined && flowIds === undefined && exam.enabled;
      const tries: (readonly string[] | undefined)[] =
        open && exam.sets !== undefined
          ? exam.sets.map((set) => set.map((f) => f.id))
          : open && exam.step.type === 'xor'
            ? exam.choices.map((f) => [f.id])
            : [flowIds ?? (flowId === undefined ? undefined : [flowId])];
      for (const f of tries) {
        const single = f?.length === 1 ? f[0] : undefined;
        const r = fireIndexed(ix, m, stepId, { flowId: single, flowIds: f, data, lang });
        if (r.ok) next.set(markingKey(ix, r.marking), r.marking);
        else firstRefusal ??= r.reason;
      }
    }
    if (next.size === 0) return { ok: false, at, reason: firstRefusal! };
    current = [...next.values()];
  }
  if (options.complete) {
    const done = current.find((m) => m.size === 0);
    if (done) return { ok: true, marking: done };
    const ids = [...current[0]!.keys()].map((id) => `'${id}'`).join(', ');
    return {
      ok: false,
      at: trace.length,
      reason: renderRefusal({ code: 'not-complete', params: { ids } }, lang),
    };
  }
  return { ok: true, marking: current[0]! };
}
