import type { LogEntry } from '../results';
import type { Replication } from './Replication';

/**
 * Adds one finished (or stopped) execution of token `tok` to its case and step statistics and,
 * when recording, to the event log (with the named member who did it).
 */
export function recordWork(
  rep: Replication,
  tok: number,
  r: number,
  costPerHour: number,
  person: number,
): void {
  const st = rep.st;
  const m = rep.model;
  const s = st.tStep[tok]!;
  const c = st.tCase[tok]!;
  const wait = st.tStart[tok]! - st.tReady[tok]!;
  const breach = rep.now - st.tReady[tok]! > m.sla[s]!;
  st.recordExecution(c, s, wait, st.tDur[tok]!, costPerHour, breach);
  if (rep.log) logWork(rep, tok, r, person);
}

/** Adds the execution of token `tok` that ends now to the event log. */
export function logWork(rep: Replication, tok: number, r: number, person: number): void {
  const st = rep.st;
  const m = rep.model;
  const s = st.tStep[tok]!;
  const entry: LogEntry = {
    replication: rep.index,
    caseId: st.cNumber[st.tCase[tok]!]!,
    step: m.stepIds[s]!,
    stepName: m.stepNames[s]!,
    role: r >= 0 ? m.roles[r]!.id : '',
    ready: st.tReady[tok]!,
    start: st.tStart[tok]!,
    end: rep.now,
  };
  if (person >= 0 && m.persons[person]!.named) entry.person = m.persons[person]!.id;
  rep.log!.push(entry);
}
