import { distributionMean, scaleDistribution, type TaskStep } from '@flowsmith/model';
import { analysisMessage, formatMinutes } from '../messages';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion } from '../types';

/**
 * Shortening a non-value-adding task that cannot simply be taken out (it is one branch of a
 * decision, or a control): a template, checklist or automation, stated with its assumption —
 * its work halves (its duration scaled by ½). Pure; none for a task without a duration.
 */
export function shortenStepSuggestion(
  ctx: RuleContext,
  finding: Finding,
  step: TaskStep,
): Suggestion[] {
  if (!step.duration) return [];
  const mean = distributionMean(step.duration);
  if (!(mean > 0)) return [];
  return [
    {
      id: `simplify:shorten:${finding.id}`,
      move: 'simplify',
      message: analysisMessage(
        'suggest.shorten-step',
        {
          step: ctx.name(step.id),
          from: formatMinutes(mean, ctx.lang),
          to: formatMinutes(mean / 2, ctx.lang),
        },
        ctx.lang,
      ),
      commands: [
        {
          id: 'step.update',
          params: { id: step.id, changes: { duration: scaleDistribution(step.duration, 0.5) } },
        },
      ],
      touches: [step.id],
      assumption: true,
    },
  ];
}
