import { topologicalOrder, type Flow } from '@flowsmith/model';
import { firstPassVisits } from './firstPassVisits';
import type { FlowModel } from './flowModel';
import type { Blocks } from './solveTraffic';

/**
 * The visits of each step that are rework: for a step in a loop, its visits beyond the first
 * pass, and for a fix step — one from which a case can only go on round the loop (修改后重新提交),
 * never straight out of it — all its visits, its first pass included. 0 outside loops. Pure.
 */
export function reworkVisits(model: FlowModel, blocks: Blocks, visits: Float64Array): Float64Array {
  const { n, graph } = model;
  const rework = new Float64Array(n);
  if (!blocks.cyclic.includes(1)) return rework;
  const first = firstPassVisits(model);
  const back = new Set<Flow>(topologicalOrder(graph).backEdges);
  // leaves[i]: from i, a case can leave i's loop without taking a back edge.
  const leaves = new Uint8Array(n);
  const order = topologicalOrder(graph).order.map((id) => graph.indexOf(id));
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    for (const arc of model.out[i]!) {
      if (back.has(arc.flow)) continue;
      if (blocks.blockOf[arc.to] !== blocks.blockOf[i] || leaves[arc.to]) {
        leaves[i] = 1;
        break;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (!blocks.cyclic[blocks.blockOf[i]!] || !(visits[i]! > 0)) continue;
    rework[i] = leaves[i] ? Math.max(0, visits[i]! - first[i]!) : visits[i]!;
  }
  return rework;
}
