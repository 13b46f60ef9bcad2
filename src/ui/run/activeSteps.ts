import type { AvailableActions } from '@flowsmith/compiler';

/**
 * The steps of the open document a case is at: its open tasks and decisions and what it waits
 * on; work inside a running subprocess counts at the subprocess step (`via[0]`). Distinct, in the
 * order listed. Pure.
 */
export function activeSteps(actions: AvailableActions): string[] {
  const ids = new Set<string>();
  for (const x of [...actions.tasks, ...actions.decisions, ...actions.waiting]) {
    ids.add(x.via?.[0] ?? x.stepId);
  }
  return [...ids];
}
