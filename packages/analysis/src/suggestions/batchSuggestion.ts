import type { Batch, CommandCall, TaskStep } from '@flowsmith/model';
import { analysisMessage, formatMinutes } from '../messages';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion } from '../types';

/**
 * The advice for a batch step that holds its cases (a `delay` finding on a task with `batch`): a
 * shorter cycle, never fewer steps — the batch and its step stay (a pay run or a committee may be
 * a control). 5× as often when cases wait two days or more (weekly → every working day), else 2×:
 * a `window` of twice the shorter gathering is added (or shortened) so the batch fires at the
 * latest then, and a `size` rule is lowered in proportion (never below 2). Pure. None when the
 * gathering is already short (under an hour).
 */
export function batchSuggestion(ctx: RuleContext, finding: Finding, task: TaskStep): Suggestion[] {
  const i = ctx.graph.indexOf(task.id);
  const batch = task.batch;
  const gather = i >= 0 ? ctx.figures.calendar.batchWait[i]! : 0;
  if (!batch || !(gather >= 60) || !Number.isFinite(gather)) return [];
  const times = gather >= 2 * 1440 ? 5 : 2;
  const target = gather / times;
  const changes: Batch = { ...batch };
  if (typeof batch.size === 'number' && batch.size > 2)
    changes.size = Math.max(2, Math.ceil(batch.size / times));
  // The window: the first case waits at most twice the target (the others less).
  const minutes = Math.max(1, Math.round(2 * target));
  changes.window =
    minutes % 1440 === 0
      ? { value: minutes / 1440, unit: 'd' }
      : minutes % 60 === 0
        ? { value: minutes / 60, unit: 'h' }
        : { value: minutes, unit: 'min' };
  const command: CommandCall = {
    id: 'step.update',
    params: { id: task.id, changes: { batch: changes } },
  };
  return [
    {
      id: `simplify:batch-cycle:${finding.id}`,
      move: 'simplify',
      message: analysisMessage(
        'suggest.batch.cycle',
        {
          step: ctx.name(task.id),
          from: formatMinutes(gather, ctx.lang),
          to: formatMinutes(target, ctx.lang),
          times,
          window: formatMinutes(minutes, ctx.lang),
        },
        ctx.lang,
      ),
      commands: [command],
      touches: [task.id],
    },
  ];
}
