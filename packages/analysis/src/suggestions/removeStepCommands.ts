import type { CommandCall, Flow, ProcessGraph } from '@flowsmith/model';
import type { IdPool } from './IdPool';

/**
 * The commands that take step `id` out of the flow: remove it, then connect each step before
 * it to the one step after it, each new flow (ids from `ids`) keeping the label, probability, condition and
 * default mark of the flow it replaces. Null when the step has not exactly one way out, or when
 * a step before it already has a flow to the step after it. Pure.
 */
export function removeStepCommands(
  graph: ProcessGraph,
  ids: IdPool,
  id: string,
): CommandCall[] | null {
  const incoming = graph.incoming(id);
  const outgoing = graph.outgoing(id);
  if (outgoing.length !== 1 || incoming.length === 0) return null;
  const next = outgoing[0]!.to;
  if (next === id || incoming.some((f) => f.from === id)) return null;
  const calls: CommandCall[] = [{ id: 'steps.remove', params: { ids: [id] } }];
  for (const f of incoming) {
    // Two branches of a split would become one flow: their probabilities would need merging.
    if (graph.outgoing(f.from).some((g) => g.to === next)) return null;
    const flowId = ids.fresh('flow');
    const flow: Flow = { id: flowId, from: f.from, to: next };
    if (f.label !== undefined) flow.label = f.label;
    if (f.probability !== undefined) flow.probability = f.probability;
    if (f.condition !== undefined) flow.condition = f.condition;
    if (f.default !== undefined) flow.default = f.default;
    calls.push({ id: 'flow.connect', params: flow });
  }
  return calls;
}
