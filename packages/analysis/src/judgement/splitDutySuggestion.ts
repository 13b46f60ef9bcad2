import type { TaskStep } from '@flowsmith/model';
import { nameSimilarity } from '../names/nameSimilarity';
import type { RuleContext } from '../ruleContext';
import type { Finding, Suggestion } from '../types';
import { authorityOf } from './authorityOf';
import { checkSuggestion } from './checkSuggestion';
import { DUTY_PAIRS, dutiesOf } from './dutyCatalogue';
import { judgementMessage } from './judgementMessages';

/** How alike a task's name must be to one a role already does for the role to have the skill. */
const SKILL = 0.4;

/**
 * For a `duty-conflict`: give the task of the pair's second duty to another role that can do it
 * — it already does a task of the same kind with a similar name or the same duty, or, for an
 * approval, it approves already with at least the holder's authority — and that the guard
 * accepts (no new conflict, not above 80 % busy, not as busy as the bottleneck). The least busy
 * such role is offered; none when no role fits (then who takes it over is the workshop's call).
 * Pure.
 */
export function splitDutySuggestion(ctx: RuleContext, finding: Finding): Suggestion[] {
  const holder = finding.roles[0];
  const step = ctx.graph.step(finding.steps[finding.steps.length - 1] ?? '');
  if (!holder || step?.type !== 'task') return [];
  const tasks = ctx.tasks().map(([, t]) => t);
  const roleOf = (id: string) => ctx.doc.roles.find((r) => r.id === id);
  const level = authorityOf(roleOf(holder));
  const kind = step.kind ?? 'manual';
  const able = (role: string) =>
    tasks.some(
      (t: TaskStep) =>
        t.role === role &&
        (t.kind ?? 'manual') === kind &&
        (kind === 'approval'
          ? authorityOf(roleOf(role)) >= level
          : nameSimilarity(t.name, step.name) >= SKILL ||
            dutiesOf(t).some((d) => dutiesOf(step).includes(d))),
    );
  const pairId = finding.id.slice(finding.id.lastIndexOf(',') + 1);
  const pair = DUTY_PAIRS.find((p) => p.id === pairId)?.name[ctx.lang] ?? pairId;
  let best: { suggestion: Suggestion; utilization: number } | undefined;
  for (const role of ctx.doc.roles) {
    if (role.id === holder || !able(role.id)) continue;
    const suggestion: Suggestion = {
      id: `reassign:${finding.id}`,
      move: 'reassign',
      message: judgementMessage(
        'suggest.split-duties',
        { step: ctx.name(step.id), role: ctx.name(role.id), holder: ctx.name(holder), pair },
        ctx.lang,
      ),
      commands: [{ id: 'step.update', params: { id: step.id, changes: { role: role.id } } }],
      touches: [step.id, holder, role.id],
    };
    if (checkSuggestion(ctx, suggestion)) continue;
    const utilization = ctx.metrics.roles[role.id]?.utilization ?? 0;
    if (!best || utilization < best.utilization) best = { suggestion, utilization };
  }
  return best ? [best.suggestion] : [];
}
