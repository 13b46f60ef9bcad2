/** How a case's status reads in the run mode. */
export type CaseStatus = 'running' | 'done' | 'stopped';

/** The run mode's status of an actor status: active → running, done → done, anything else stopped. Pure. */
export function caseStatus(status: string): CaseStatus {
  return status === 'active' ? 'running' : status === 'done' ? 'done' : 'stopped';
}
