import type { Arc, FlowModel } from './flowModel';
import { solveTraffic, times, type Blocks } from './solveTraffic';

/**
 * How many tokens each incoming flow of step `m` carries per visit of step `d` that comes
 * before it (its dominator), counting only what flows from `d` without passing `m` again. Pure.
 *
 * A parallel join is well synchronised when every incoming flow carries exactly 1; an
 * exclusive merge when all together carry exactly 1. Flows into `m` from outside that region
 * (loops closing through `m`) carry 0 here. `visits` are the global visits, which answer
 * directly when `m` is not in a loop. `reachesM` (optional) prunes steps that cannot reach `m`.
 */
export function tokensPerVisit(
  model: FlowModel,
  blocks: Blocks,
  d: number,
  m: number,
  scratch: { stamp: Int32Array; local: Float64Array; mark: number },
  visits: Float64Array,
  reachesM: (x: number) => boolean = () => true,
): Array<{ arc: Arc; tokens: number }> {
  // Outside loops every flow into m comes from steps dominated by d, so the global visits
  // already give tokens per visit of d: no local solve needed (the common case, and O(1)).
  const vd = visits[d]!;
  if (!blocks.cyclic[blocks.blockOf[m]!] && vd > 0 && Number.isFinite(vd)) {
    return model.in[m]!.map((arc) => ({ arc, tokens: times(visits[arc.from]!, arc.weight) / vd }));
  }
  // A fresh mark per call, so the stamps of earlier calls need no clearing.
  const mark = ++scratch.mark;
  const { stamp, local } = scratch;
  const region: number[] = [];
  const queue: number[] = [];
  // Only steps that can still reach m matter; the rest of the process is left out of the solve.
  for (const arc of model.out[d]!) {
    if (arc.to !== m && arc.to !== d && stamp[arc.to] !== mark && reachesM(arc.to)) {
      stamp[arc.to] = mark;
      queue.push(arc.to);
    }
  }
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    region.push(u);
    local[u] = 0;
    for (const arc of model.out[u]!) {
      if (arc.to === m || arc.to === d || stamp[arc.to] === mark || !reachesM(arc.to)) continue;
      stamp[arc.to] = mark;
      queue.push(arc.to);
    }
  }
  const byBlock = new Map<number, number[]>();
  for (const i of region) {
    const k = blocks.blockOf[i]!;
    (byBlock.get(k) ?? byBlock.set(k, []).get(k)!).push(i);
  }
  const grouped = [...byBlock.keys()].sort((a, b) => a - b).map((k) => byBlock.get(k)!);
  const inRegion = (i: number): boolean => stamp[i] === mark;
  const entry = new Map<number, number>();
  for (const arc of model.out[d]!)
    if (inRegion(arc.to)) entry.set(arc.to, (entry.get(arc.to) ?? 0) + arc.weight);
  solveTraffic(model, grouped, inRegion, (i) => entry.get(i) ?? 0, local);
  return model.in[m]!.map((arc) => ({
    arc,
    tokens:
      arc.from === d ? arc.weight : inRegion(arc.from) ? times(local[arc.from]!, arc.weight) : 0,
  }));
}
