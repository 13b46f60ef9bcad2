import type { FlowModel } from './flowModel';
import { times } from './solveTraffic';

/** How often per case work passes from one task straight to the next (gateways and timers in between). */
export interface TaskTransition {
  from: number;
  to: number;
  /** Expected number of times per case. */
  rate: number;
  /** Whether the way passes a parallel split or join (work dispatched to, or gathered from, branches). */
  viaParallel: boolean;
}

/**
 * The transitions between tasks per case, looking through gateways, timers and parallel joins
 * (each branch's token is one hand-over), weighted by visits and branch probabilities. Pure.
 * A subprocess step counts as a task (work is handed to it); start and end steps end the search.
 */
export function taskTransitions(model: FlowModel, visits: Float64Array): TaskTransition[] {
  const all: number[] = [];
  for (let a = 0; a < model.n; a++) all.push(a);
  return transitionsFrom(model, visits, all);
}

/** The transitions of {@link taskTransitions} that start at the given steps only. Pure. */
export function transitionsFrom(
  model: FlowModel,
  visits: Float64Array,
  from: readonly number[],
): TaskTransition[] {
  const steps = model.graph.steps;
  const isWork = (i: number): boolean =>
    steps[i]!.type === 'task' || steps[i]!.type === 'subprocess';
  const result: TaskTransition[] = [];
  const rate = new Map<number, number>(); // key: 2 × step index + (via a parallel gateway ? 1 : 0)
  const onPath = new Uint8Array(model.n);
  for (const a of from) {
    if (!isWork(a) || !(visits[a]! > 0)) continue;
    rate.clear();
    // Depth-first through non-work steps, multiplying branch weights; a loop made only of
    // gateways is cut (onPath), as it carries no work to hand over.
    const walk = (u: number, w: number, parallel: boolean): void => {
      const par =
        parallel ||
        model.split[u] === 'and' ||
        model.split[u] === 'or' ||
        ((steps[u]!.type === 'and' || steps[u]!.type === 'or') && model.in[u]!.length > 1);
      for (const arc of model.out[u]!) {
        const next = arc.to;
        const wn = w * arc.weight;
        if (wn === 0) continue;
        if (isWork(next)) {
          const key = 2 * next + (par ? 1 : 0);
          rate.set(key, (rate.get(key) ?? 0) + wn);
        } else if (steps[next]!.type !== 'end' && !onPath[next]) {
          onPath[next] = 1;
          walk(next, wn, par);
          onPath[next] = 0;
        }
      }
    };
    walk(a, 1, false);
    for (const [key, w] of rate) {
      result.push({
        from: a,
        to: key >> 1,
        rate: times(visits[a]!, w),
        viaParallel: (key & 1) === 1,
      });
    }
  }
  return result;
}
