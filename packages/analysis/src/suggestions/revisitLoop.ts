import type { Flow } from '@flowsmith/model';
import type { Figures } from '../flow/computeMetrics';
import { xorWeights, type Arc, type FlowModel } from '../flow/flowModel';
import { solveTraffic } from '../flow/solveTraffic';
import { transitionsFrom, type TaskTransition } from '../flow/taskTransitions';

/** What new probabilities at a decision in a loop change: the loop's visits and the hand-overs through it. */
export interface LoopRevisit {
  /** Per step of the loop: its new visits. */
  visits: Map<number, number>;
  /** The hand-overs to recount (from these steps), and recounted with the new weights. */
  from: number[];
  transitions: TaskTransition[];
}

/**
 * The visits of a loop after new probabilities at one of its exclusive decisions, re-solved for
 * that loop alone, and the hand-overs that pass the decision or start in the loop, recounted.
 * Pure. Null when the change is not confined to the loop — the decision is not in a loop, the
 * loop has more than one way out (the split between them would move cases downstream), or a
 * step of the loop had no visits — and the full figures are needed.
 */
export function revisitLoop(
  figures: Figures,
  decision: number,
  probabilities: ReadonlyMap<string, number>,
): LoopRevisit | null {
  const { model, blocks, visits, graph } = figures;
  const k = blocks.blockOf[decision]!;
  if (!blocks.cyclic[k]) return null;
  const members = blocks.blocks[k]!;
  let exits = 0;
  for (const i of members) {
    if (!(visits[i]! > 0)) return null;
    for (const a of model.out[i]!) if (blocks.blockOf[a.to] !== k) exits++;
  }
  if (exits !== 1) return null;
  // The decision's arcs with the new weights; every other arc as it was.
  const flows: Flow[] = model.out[decision]!.map((a) =>
    probabilities.has(a.flow.id)
      ? { ...a.flow, probability: probabilities.get(a.flow.id)! }
      : a.flow,
  );
  const weights = xorWeights(flows);
  const replaced = new Map<Arc, Arc>();
  const out = model.out[decision]!.map((a, j) => {
    const b = { ...a, weight: weights[j]! };
    replaced.set(a, b);
    return b;
  });
  const outs = model.out.slice();
  outs[decision] = out;
  const ins = model.in.slice();
  for (const a of model.out[decision]!) ins[a.to] = ins[a.to]!.map((x) => replaced.get(x) ?? x);
  const changed: FlowModel = { ...model, out: outs, in: ins };
  const v = Float64Array.from(visits);
  solveTraffic(
    changed,
    [members],
    () => true,
    (i) => model.source[i]!,
    v,
  );
  const after = new Map<number, number>();
  for (const i of members) {
    if (!Number.isFinite(v[i]!)) return null;
    after.set(i, v[i]!);
  }
  // Hand-overs to recount: from the loop's steps (their visits change) and from any step whose
  // walk to the next work reaches the decision through gateways and timers.
  const from = new Set<number>(members);
  const isWork = (i: number) => {
    const t = graph.steps[i]!.type;
    return t === 'task' || t === 'subprocess';
  };
  const queue = [decision];
  const seen = new Uint8Array(model.n);
  seen[decision] = 1;
  while (queue.length) {
    const u = queue.pop()!;
    for (const a of model.in[u]!) {
      if (seen[a.from]) continue;
      seen[a.from] = 1;
      if (isWork(a.from)) from.add(a.from);
      else queue.push(a.from);
    }
  }
  const list = [...from];
  return { visits: after, from: list, transitions: transitionsFrom(changed, v, list) };
}
