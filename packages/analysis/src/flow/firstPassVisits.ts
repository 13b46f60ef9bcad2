import { topologicalOrder } from '@flowsmith/model';
import type { Arc, FlowModel } from './flowModel';
import { solveTraffic } from './solveTraffic';

/**
 * The visits of each step if no case ever went round a loop: the traffic equations with the
 * loops' back edges (see the model's topologicalOrder) taken out. Pure. The difference to the
 * full visits is the rework.
 */
export function firstPassVisits(model: FlowModel): Float64Array {
  const { graph, n } = model;
  const { order, backEdges } = topologicalOrder(graph);
  const back = new Set(backEdges);
  const keep = (a: Arc) => !back.has(a.flow);
  const acyclic: FlowModel = {
    ...model,
    out: model.out.map((l) => l.filter(keep)),
    in: model.in.map((l) => l.filter(keep)),
  };
  const v = new Float64Array(n);
  solveTraffic(
    acyclic,
    order.map((id) => [graph.indexOf(id)]),
    () => true,
    (i) => model.source[i]!,
    v,
  );
  return v;
}
