import { build, type Flow, type ProcessDocument, type Step } from '@flowsmith/model';

/**
 * A test process with the one role `clerk`, from its steps in order (a plain id is a task of the
 * clerk) and its flows. Pure; the order of steps and flows is kept, because the compiler names
 * parallel branches in flow order.
 */
export function clerkProcess(
  id: string,
  steps: Array<Step | string>,
  flows: Flow[],
): ProcessDocument {
  return build.processOf(id, {
    roles: [build.role('clerk')],
    steps: steps.map((s) => (typeof s === 'string' ? build.task(s, 'clerk') : s)),
    flows,
  });
}
