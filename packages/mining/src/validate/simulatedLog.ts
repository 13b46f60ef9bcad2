import type { ActivityInstance, EventLog, LogCase } from '../log/eventLog';

/**
 * One task execution of a simulation run, in minutes from the run's start: the shape of
 * `LogEntry` of `@flowsmith/simulation`, which this package does not depend on.
 */
export interface SimulatedExecution {
  replication: number;
  caseId: number;
  stepName: string;
  start: number;
  end: number;
}

/**
 * The executions of a simulation run as an event log (times in ms from `epochMs`), so that a
 * real and a simulated log are measured with the same definitions (`logKpis`). `withStart` false
 * drops the start times, as when the real log has completions only. Pure.
 */
export function simulatedLog(
  executions: readonly SimulatedExecution[],
  withStart: boolean,
  epochMs = 0,
): EventLog {
  const cases = new Map<string, LogCase>();
  for (const x of executions) {
    const id = `r${x.replication}-${x.caseId}`;
    let c = cases.get(id);
    if (!c) cases.set(id, (c = { id, attributes: {}, events: [] }));
    const event: ActivityInstance = { activity: x.stepName, complete: epochMs + x.end * 60_000 };
    if (withStart) event.start = epochMs + x.start * 60_000;
    c.events.push(event);
  }
  for (const c of cases.values()) c.events.sort((a, b) => a.complete - b.complete);
  return {
    cases: [...cases.values()],
    hasStart: withStart,
    hasRole: false,
    hasResource: false,
    hasTime: true,
  };
}
