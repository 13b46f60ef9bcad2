import type { Step } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';

/**
 * The tasks of a discovered process that nobody works on, made timers (waits) in place: when the
 * log names who did the work (a role or resource) on most of its events, an activity none of whose events names
 * anyone — payment terms running out, a cooling-off period, a system's overnight run recorded
 * without a user — is a wait, not work for a role (a task without a role would be reported as
 * "nobody is responsible"). Its fitted duration stays. A batched task stays a task. Returns the
 * names of the steps changed. In a log that names people on half of its events or fewer (the
 * road-traffic fines log names the officer who creates a fine and nobody after), a step without
 * a name is not told apart from work recorded without one: tasks stay tasks.
 */
export function unstaffedWaits(
  steps: Step[],
  log: EventLog,
  roleOf: ReadonlyMap<string, string>,
): string[] {
  if (!log.hasRole && !log.hasResource) return [];
  let named = 0;
  let events = 0;
  for (const c of log.cases)
    for (const e of c.events) {
      events++;
      if (e.role || e.resource) named++;
    }
  if (named <= events / 2) return [];
  const changed: string[] = [];
  steps.forEach((step, i) => {
    if (step.type !== 'task' || step.role || step.batch || roleOf.has(step.name)) return;
    steps[i] = {
      id: step.id,
      type: 'timer',
      name: step.name,
      ...(step.duration ? { duration: step.duration } : {}),
    };
    changed.push(step.name);
  });
  return changed;
}
