import type { TaskStep } from '@flowsmith/model';
import { dutiesOf } from '@flowsmith/analysis';
import type { Duty } from '@flowsmith/model';

/** A duty of a job description: one of the analysis' duties, reviewing, or handling the case. */
export type JobDuty = Duty | 'review' | 'operate';

/** One duty of a post: its steps (in procedure order) and their work per case, in minutes. */
export interface DutyGroup {
  duty: JobDuty;
  steps: TaskStep[];
  minutesPerCase: number;
}

/**
 * Groups a post's steps into duties. The rule, stated in the document: a step's duty is the first
 * the analysis' duty catalogue (`dutiesOf`: request, approve, purchase, receive, pay, record,
 * reconcile) finds in it; a review-kind step the catalogue does not name is `review`; any other
 * step belongs to the duty of the post's previous step, and the post's first such steps to
 * `operate` (handling the case). Groups are in order of first appearance. Pure.
 */
export function groupDuties(
  steps: readonly TaskStep[],
  minutesPerCase: (step: TaskStep) => number,
): DutyGroup[] {
  const groups = new Map<JobDuty, DutyGroup>();
  let previous: JobDuty | undefined;
  for (const step of steps) {
    const duty: JobDuty =
      dutiesOf(step)[0] ?? (step.kind === 'review' ? 'review' : (previous ?? 'operate'));
    previous = duty;
    let group = groups.get(duty);
    if (!group) groups.set(duty, (group = { duty, steps: [], minutesPerCase: 0 }));
    group.steps.push(step);
    group.minutesPerCase += minutesPerCase(step);
  }
  return [...groups.values()];
}
