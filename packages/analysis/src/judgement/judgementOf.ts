import type { TaskStep } from '@flowsmith/model';
import type { RuleContext } from '../ruleContext';
import { controlsOf, type Control } from './controlsOf';

/** What the guard needs about one analysed document, built once per analysis. */
export interface Judgement {
  controls: Map<string, Control>;
  tasks: TaskStep[];
  /** Threshold flow id → the control it gates. */
  gates: Map<string, string>;
  /** Tasks by id. */
  byId: Map<string, TaskStep>;
  /** Tasks by the role responsible for them. */
  byRole: Map<string, TaskStep[]>;
}

const cache = new WeakMap<RuleContext, Judgement>();

/** The controls and tasks of the context's document, cached per context. */
export function judgementOf(ctx: RuleContext): Judgement {
  let j = cache.get(ctx);
  if (!j) {
    const tasks = ctx.tasks().map(([, t]) => t);
    const byRole = new Map<string, TaskStep[]>();
    for (const t of tasks)
      if (t.role) (byRole.get(t.role) ?? byRole.set(t.role, []).get(t.role)!).push(t);
    const controls = controlsOf(ctx.doc, ctx.graph);
    const gates = new Map<string, string>();
    for (const c of controls.values()) if (c.gate) gates.set(c.gate, c.step);
    j = {
      controls,
      gates,
      tasks,
      byId: new Map(tasks.map((t) => [t.id, t])),
      byRole,
    };
    cache.set(ctx, j);
  }
  return j;
}
