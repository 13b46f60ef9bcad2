import type { TaskStep } from '@flowsmith/model';
import type { RuleContext } from '../ruleContext';
import { controlsOf, type Control } from './controlsOf';
import { dutyConflicts } from './dutyConflicts';

/** What the guard needs about one analysed document, built once per analysis. */
export interface Judgement {
  controls: Map<string, Control>;
  tasks: TaskStep[];
  /** Tasks by id. */
  byId: Map<string, TaskStep>;
  /** Tasks by the role responsible for them. */
  byRole: Map<string, TaskStep[]>;
  /** `role|pair` of the duty conflicts the document already has. */
  conflicts: Set<string>;
}

const cache = new WeakMap<RuleContext, Judgement>();

/** The controls, tasks and existing duty conflicts of the context's document, cached per context. */
export function judgementOf(ctx: RuleContext): Judgement {
  let j = cache.get(ctx);
  if (!j) {
    const tasks = ctx.tasks().map(([, t]) => t);
    const byRole = new Map<string, TaskStep[]>();
    for (const t of tasks)
      if (t.role) (byRole.get(t.role) ?? byRole.set(t.role, []).get(t.role)!).push(t);
    j = {
      controls: controlsOf(ctx.doc, ctx.graph),
      tasks,
      byId: new Map(tasks.map((t) => [t.id, t])),
      byRole,
      conflicts: new Set(dutyConflicts(ctx.doc, tasks).map((c) => `${c.role}|${c.pair.id}`)),
    };
    cache.set(ctx, j);
  }
  return j;
}
