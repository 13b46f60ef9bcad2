import {
  distributionMean,
  type CommandCall,
  type Distribution,
  type Lang,
  type TaskStep,
} from '@flowsmith/model';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion } from '../types';
import type { Control } from './controlsOf';
import { judgementMessage } from './judgementMessages';

/** The SLA an e-signed control is given, and the longest the wait for it may then last. */
export const E_SIGN_SLA = { value: 4, unit: 'h' } as const;
const SLA_MINUTES = 240;

type Way = 'e-sign' | 'delegate' | 'sampling' | 'exceptions';

/**
 * Suggestions that keep `control` but make it cheaper, stated as such: for an approval or a legal
 * review, an electronic signature with a 4 h SLA and escalation (the SLA on the step, the
 * instruction in the document's language, and a wait for its signature bounded by the SLA) and,
 * for approvals, delegation of authority by amount (an instruction); for receiving, matching and
 * reconciliation, risk-based sampling (an instruction); for a budget check, a system check with
 * only the cases over budget left to a person (an instruction). Never a changed threshold. Pure.
 */
export function keepControlSuggestions(
  ctx: RuleContext,
  finding: Finding,
  control: Control,
): Suggestion[] {
  const step = ctx.graph.step(control.step);
  if (step?.type !== 'task') return [];
  const ways: Way[] =
    step.kind === 'approval'
      ? ['e-sign', 'delegate']
      : step.kind === 'review' && control.reasons.includes('legal')
        ? ['e-sign']
        : control.reasons.some(
              (r) => r === 'receiving' || r === 'matching' || r === 'reconciliation',
            )
          ? ['sampling']
          : control.reasons.includes('budget')
            ? ['exceptions']
            : [];
  const docLang: Lang = ctx.doc.language?.startsWith('zh') ? 'zh-CN' : 'en';
  const params = { control: ctx.name(step.id), evidence: control.evidence[ctx.lang] };
  const sla = ctx.lang === 'zh-CN' ? '4 小时' : '4 h';
  return ways.flatMap((way) => {
    const instruction =
      way === 'e-sign'
        ? judgementMessage(
            'keep-control.instructions.e-sign',
            { sla: docLang === 'zh-CN' ? '4 小时' : '4 h' },
            docLang,
          )
        : judgementMessage(`keep-control.instructions.${way}`, {}, docLang);
    if (step.instructions?.includes(instruction)) return [];
    const changes: Partial<TaskStep> = {
      instructions: step.instructions ? `${step.instructions}\n\n${instruction}` : instruction,
    };
    const calls: CommandCall[] = [];
    const touches = [step.id];
    if (way === 'e-sign') {
      if (!step.sla || slaMinutes(step.sla) > SLA_MINUTES) changes.sla = { ...E_SIGN_SLA };
      const wait = signatureWait(ctx, step.id);
      if (wait) {
        calls.push({
          id: 'step.update',
          params: { id: wait, changes: { duration: BOUNDED_WAIT } },
        });
        touches.push(wait);
      }
    }
    calls.unshift({ id: 'step.update', params: { id: step.id, changes } });
    const message =
      way === 'e-sign'
        ? judgementMessage('suggest.keep-control.e-sign', { ...params, sla }, ctx.lang)
        : judgementMessage(`suggest.keep-control.${way}`, params, ctx.lang);
    return [
      {
        id: `simplify:${finding.id}:${way}`,
        move: 'simplify' as const,
        message,
        commands: calls,
        touches,
      },
    ];
  });
}

/** The wait once escalation bounds it by the SLA: mostly about an hour, never over 4 h. */
const BOUNDED_WAIT: Distribution = { dist: 'triangular', min: 0, mode: 1, max: 4, unit: 'h' };

function slaMinutes(sla: { value: number; unit: string }): number {
  const per: Record<string, number> = { s: 1 / 60, min: 1, h: 60, d: 1440 };
  return sla.value * (per[sla.unit] ?? 1);
}

/** The timer right before a control (its signature's wait), when it waits longer than the SLA. */
function signatureWait(ctx: RuleContext, id: string): string | undefined {
  const into = ctx.graph.incoming(id);
  if (into.length !== 1) return undefined;
  const before = ctx.graph.step(into[0]!.from);
  if (before?.type !== 'timer' || !before.duration || ctx.graph.outgoing(before.id).length !== 1)
    return undefined;
  return distributionMean(before.duration) > distributionMean(BOUNDED_WAIT) ? before.id : undefined;
}
