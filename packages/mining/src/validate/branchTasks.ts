import type { ProcessDocument, TaskStep } from '@flowsmith/model';

/** An xor split whose every branch begins with a task of its own. */
export interface BranchSplit {
  /** The xor step's id. */
  step: string;
  /** Per outgoing flow: its id and the first task on it. */
  branches: { flow: string; task: TaskStep }[];
}

/**
 * The xor splits of `doc` whose every outgoing flow leads, through steps with one way in and one
 * way out, to a task with one way in, the tasks all different: then each execution of such a task
 * is one choice of its branch. Splits with an empty branch or a branch back into a loop are left
 * out (their choices cannot be counted from task executions). Pure.
 */
export function branchTasks(doc: ProcessDocument): BranchSplit[] {
  const out = new Map<string, string[]>();
  const inCount = new Map<string, number>();
  for (const f of doc.flows) {
    out.set(f.from, [...(out.get(f.from) ?? []), f.id]);
    inCount.set(f.to, (inCount.get(f.to) ?? 0) + 1);
  }
  const flowById = new Map(doc.flows.map((f) => [f.id, f]));
  const stepById = new Map(doc.steps.map((s) => [s.id, s]));
  const splits: BranchSplit[] = [];
  for (const step of doc.steps) {
    const flows = out.get(step.id) ?? [];
    if (step.type !== 'xor' || flows.length < 2) continue;
    const branches: BranchSplit['branches'] = [];
    for (const flowId of flows) {
      let at = flowById.get(flowId)!.to;
      const seen = new Set<string>();
      let task: TaskStep | undefined;
      while (!seen.has(at) && inCount.get(at) === 1) {
        seen.add(at);
        const s = stepById.get(at);
        if (!s) break;
        if (s.type === 'task') {
          task = s;
          break;
        }
        const next = out.get(at) ?? [];
        if (next.length !== 1 || s.type === 'end') break;
        at = flowById.get(next[0]!)!.to;
      }
      if (!task) break;
      branches.push({ flow: flowId, task });
    }
    const names = new Set(branches.map((b) => b.task.name));
    if (branches.length === flows.length && names.size === branches.length)
      splits.push({ step: step.id, branches });
  }
  return splits;
}
