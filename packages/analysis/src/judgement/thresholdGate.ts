import type { Flow, ProcessGraph } from '@flowsmith/model';

const NAME = String.raw`[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*`;
// amount > 50000, 金额 >= 5e4, or 50000 < amount
const ABOVE = new RegExp(String.raw`${NAME}\s*>=?\s*-?\d|\d\s*<=?\s*${NAME}`);
// 金额 > 5万, 超过 5 万元, over 10,000, ≥ 1000
const LABEL_ABOVE =
  /(?:[>≥]|超过|以上|大于|高于|不低于|over|above|exceed|more than|at least)[^0-9]{0,12}\d|\d[^,，;；]{0,8}(?:以上|及以上)/i;
// How far back a gate may be: a timer (waiting for the signature) or a preparing task between.
const MAX_HOPS = 4;

/** Whether a flow's condition or label says "only above an amount". Pure. */
export function isThresholdFlow(flow: Flow): boolean {
  if (flow.condition && ABOVE.test(flow.condition)) return true;
  return !!flow.label && LABEL_ABOVE.test(flow.label);
}

/**
 * The flow out of an exclusive or inclusive decision that lets a case reach `stepId` only above a threshold
 * (`amount > 50000`, label `金额 > 5万`), looking back along single incoming flows through timers
 * and tasks; undefined when the step can be reached another way. Pure.
 */
export function thresholdGate(graph: ProcessGraph, stepId: string): Flow | undefined {
  let at = stepId;
  const seen = new Set<string>([at]);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const into = graph.incoming(at);
    if (into.length !== 1) return undefined;
    const flow = into[0]!;
    const from = graph.step(flow.from);
    if (!from || seen.has(from.id)) return undefined;
    // An exclusive or an inclusive split: either sends a case this way only above the amount.
    if ((from.type === 'xor' || from.type === 'or') && graph.outgoing(from.id).length > 1)
      return isThresholdFlow(flow) ? flow : undefined;
    if (from.type !== 'timer' && from.type !== 'task') return undefined;
    seen.add(from.id);
    at = from.id;
  }
  return undefined;
}
