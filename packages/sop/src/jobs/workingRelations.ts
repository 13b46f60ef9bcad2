import type { ProcessGraph, TaskStep } from '@flowsmith/model';

/** Work passed between one of the post's steps and another role's step. */
export interface Handover {
  /** The other role's id. */
  role: string;
  /** The post's own step. */
  mine: TaskStep;
  /** The other role's step. */
  theirs: TaskStep;
  /** Ids of data the giving step writes and the receiving step reads. */
  data: string[];
}

/** The post's handovers in both directions, each in procedure order of the post's steps. */
export interface WorkingRelations {
  receives: Handover[];
  handsOver: Handover[];
}

/**
 * The handovers of the post holding `mine` (its steps, in procedure order): for each of its steps,
 * the nearest tasks before it (`receives`) and after it (`handsOver`) through gateways, timers
 * and other non-task steps, when another role does them. Loops are followed once (a visited set);
 * tasks without a role are skipped. Pure.
 */
export function workingRelations(
  graph: ProcessGraph,
  role: string,
  mine: readonly TaskStep[],
): WorkingRelations {
  const nearestTasks = (from: string, next: (id: string) => readonly string[]) => {
    const found: TaskStep[] = [];
    const seen = new Set<string>([from]);
    const queue = [...next(from)];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const step = graph.step(id);
      if (!step) continue;
      if (step.type === 'task') found.push(step);
      else if (step.type !== 'start' && step.type !== 'end') queue.push(...next(id));
    }
    return found;
  };
  const shared = (giver: TaskStep, taker: TaskStep) =>
    (giver.outputs ?? []).filter((d) => (taker.inputs ?? []).includes(d));
  const receives: Handover[] = [];
  const handsOver: Handover[] = [];
  for (const step of mine) {
    for (const before of nearestTasks(step.id, (id) => graph.predecessors(id))) {
      if (before.role && before.role !== role)
        receives.push({
          role: before.role,
          mine: step,
          theirs: before,
          data: shared(before, step),
        });
    }
    for (const after of nearestTasks(step.id, (id) => graph.successors(id))) {
      if (after.role && after.role !== role)
        handsOver.push({ role: after.role, mine: step, theirs: after, data: shared(step, after) });
    }
  }
  return { receives, handsOver };
}
