import {
  distributionMean,
  type CommandCall,
  type TaskStep,
  type TimerStep,
  scaleDistribution,
} from '@flowsmith/model';
import { analysisMessage } from '../messages';
import { formatMinutes } from '../messages';
import type { RuleContext } from '../ruleContext';
import { delayCause } from '../rules/delay';
import type { Finding, Suggestion } from '../types';
import { batchSuggestion } from './batchSuggestion';

/** The service level a signature is asked for: 4 hours (half a working day). */
export const SIGNATURE_SLA_HOURS = 4;

/**
 * The advice for a `delay` finding, as model commands that keep every step (a signature stays a
 * control): for a signature, an SLA with e-signature and escalation to a deputy (the approver's
 * step gets the SLA and a caution; the timer's wait becomes "at most the SLA", uniform 0…SLA);
 * for a batch, running it more often (5× when it waits two days or more — weekly to every
 * working day — else 2×: the timer's wait scaled); for another timer, an agreed service level
 * halving it; for a period agreed with another party (payment terms), a new agreement that halves
 * it (an assumption: it is the other party's to accept). Pure. None when a signature wait is
 * already within the SLA.
 */
export function delaySuggestions(ctx: RuleContext, finding: Finding): Suggestion[] {
  const timer = ctx.graph.step(finding.steps[0] ?? '');
  if (timer?.type === 'task' && timer.batch) return batchSuggestion(ctx, finding, timer);
  if (timer?.type !== 'timer' || !timer.duration) return [];
  const mean = distributionMean(timer.duration);
  const from = formatMinutes(mean, ctx.lang);
  const cause = delayCause(timer);
  const update = (changes: Partial<TimerStep>): CommandCall => ({
    id: 'step.update',
    params: { id: timer.id, changes },
  });
  const make = (id: string, message: string, commands: CommandCall[], touches: string[]) => [
    { id: `simplify:${id}:${finding.id}`, move: 'simplify' as const, message, commands, touches },
  ];
  if (cause === 'signature') {
    const sla = SIGNATURE_SLA_HOURS * 60;
    if (mean <= sla) return [];
    const approver = approverNear(ctx, timer.id);
    const approverName = approver?.role ? ctx.name(approver.role) : ctx.name(timer.id);
    const to = formatMinutes(sla, ctx.lang);
    const commands: CommandCall[] = [
      update({ duration: { dist: 'uniform', min: 0, max: SIGNATURE_SLA_HOURS, unit: 'h' } }),
    ];
    if (approver) {
      const caution = analysisMessage(
        'delay.sla.caution',
        { sla: to, approver: approverName },
        ctx.lang,
      );
      commands.push({
        id: 'step.update',
        params: {
          id: approver.id,
          changes: {
            sla: { value: SIGNATURE_SLA_HOURS, unit: 'h' },
            cautions: [...(approver.cautions ?? []).filter((c) => c !== caution), caution],
          },
        },
      });
    }
    return make(
      'sla',
      analysisMessage(
        'suggest.delay.sla',
        { step: ctx.name(timer.id), from, to, approver: approverName },
        ctx.lang,
      ),
      commands,
      approver ? [timer.id, approver.id] : [timer.id],
    );
  }
  if (cause === 'batch') {
    const times = mean >= 2 * 1440 ? 5 : 2;
    const after = scaleDistribution(timer.duration, 1 / times);
    return make(
      'batch',
      analysisMessage(
        'suggest.delay.batch',
        { step: ctx.name(timer.id), from, to: formatMinutes(mean / times, ctx.lang), times },
        ctx.lang,
      ),
      [update({ duration: after })],
      [timer.id],
    );
  }
  if (cause === 'terms')
    return make(
      'terms',
      analysisMessage(
        'suggest.delay.terms',
        { step: ctx.name(timer.id), from, to: formatMinutes(mean / 2, ctx.lang) },
        ctx.lang,
      ),
      [update({ duration: scaleDistribution(timer.duration, 0.5) })],
      [timer.id],
    ).map((s) => ({ ...s, assumption: true }));
  return make(
    'shorten',
    analysisMessage(
      'suggest.delay.shorten',
      { step: ctx.name(timer.id), from, to: formatMinutes(mean / 2, ctx.lang) },
      ctx.lang,
    ),
    [update({ duration: scaleDistribution(timer.duration, 0.5) })],
    [timer.id],
  );
}

/** The approval next to a timer that waits for a signature: the first task after it, else before it (an approval kind preferred). */
function approverNear(ctx: RuleContext, timerId: string): TaskStep | undefined {
  const around = [...ctx.graph.successors(timerId), ...ctx.graph.predecessors(timerId)]
    .map((id) => ctx.graph.step(id))
    .filter((s): s is TaskStep => s?.type === 'task');
  return around.find((s) => s.kind === 'approval') ?? around[0];
}
