import { timersWaitingFor, type CommandCall, type Flow, type ProcessGraph } from '@flowsmith/model';
import type { IdPool } from './IdPool';

/**
 * The commands that take step `id` out of the flow with what only it needed (model SPEC.md RM):
 * remove it with its dependants (`steps.remove` with `dependants: true`, which also removes the
 * timers that only wait for it), then connect each step that led into that group to the one step
 * after it, each new flow (ids from `ids`) keeping the probability, condition and default mark of
 * the flow it replaces, and its label unless the label names a removed step (RM-3). Null when the
 * step has not exactly one way out, or when a step before the group already has a flow to the
 * step after it. Pure.
 */
export function removeStepCommands(
  graph: ProcessGraph,
  ids: IdPool,
  id: string,
): CommandCall[] | null {
  const outgoing = graph.outgoing(id);
  if (outgoing.length !== 1 || graph.incoming(id).length === 0) return null;
  const next = outgoing[0]!.to;
  // Only the timers (RM-1), found around the step: a suggestion is made per finding, so this
  // must not cost a pass over the whole process.
  const timers = timersWaitingFor(graph, new Set([id]));
  const group = new Set([id, ...timers]);
  if (group.has(next)) return null;
  const incoming = [...group].flatMap((s) => graph.incoming(s)).filter((f) => !group.has(f.from));
  if (incoming.length === 0) return null;
  const names = [...group].map((s) => graph.step(s)?.name ?? '').filter((n) => n.length >= 2);
  const calls: CommandCall[] = [{ id: 'steps.remove', params: { ids: [id], dependants: true } }];
  for (const f of incoming) {
    // Two branches of a split would become one flow: their probabilities would need merging.
    if (graph.outgoing(f.from).some((g) => g.to === next)) return null;
    const flowId = ids.fresh('flow');
    const flow: Flow = { id: flowId, from: f.from, to: next };
    if (f.label !== undefined && !names.some((n) => f.label!.includes(n))) flow.label = f.label;
    if (f.probability !== undefined) flow.probability = f.probability;
    if (f.condition !== undefined) flow.condition = f.condition;
    if (f.default !== undefined) flow.default = f.default;
    calls.push({ id: 'flow.connect', params: flow });
  }
  return calls;
}
