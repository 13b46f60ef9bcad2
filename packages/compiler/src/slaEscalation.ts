import type { Step } from '@flowsmith/model';
import type { StateJson, StepMeta } from './machineConfig';

/** The open sub-state of a task with an SLA, and the one it moves to when the SLA has passed. */
export const OPEN = '@open';
export const ESCALATED = '@escalated';

/** The longest delay a JavaScript timer can wait (2³¹−1 ms, about 24.8 days). */
export const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The sub-states that escalate task `step` when its SLA passes (SPEC.md CM-SLA): the task state
 * starts in `@open`, which moves after `slaMinutes × msPerMinute` ms (XState's `after`) to
 * `@escalated` — tagged `escalated`, with `meta.escalation` — recording an `escalated` line.
 * The task stays open either way. Undefined for a task without an SLA, or whose SLA is not a
 * finite time a JavaScript timer can wait (the SLA then stays in `meta.slaMinutes` only). Pure.
 */
export function slaEscalation(
  step: Extract<Step, { type: 'task' }>,
  meta: StepMeta,
  msPerMinute: number,
): Pick<StateJson, 'initial' | 'states'> | undefined {
  if (meta.slaMinutes === undefined) return undefined;
  const ms = Math.max(0, Math.round(meta.slaMinutes * msPerMinute));
  if (!Number.isFinite(ms) || ms > MAX_DELAY_MS) return undefined;
  return {
    initial: OPEN,
    states: {
      [OPEN]: {
        after: {
          [String(ms)]: [
            {
              target: ESCALATED,
              actions: [{ type: 'record', params: { stepId: step.id, outcome: 'escalated' } }],
            },
          ],
        },
      },
      [ESCALATED]: {
        tags: ['escalated'],
        meta: { escalation: { stepId: step.id, name: step.name, slaMinutes: meta.slaMinutes } },
      },
    },
  };
}
