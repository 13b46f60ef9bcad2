import type { LogEntry } from '../results';
import { serverLabel } from '../eventLog/nameServers';
import type { Replication } from './Replication';

/**
 * Adds one finished (or stopped) execution of token `tok` to its case and step statistics and,
 * when recording, to the event log (with the member who did it).
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
  if (person >= 0) {
    // A named member by name; an anonymous one (`clerk#3`) by its role and number (SIM-LOG-4).
    const p = m.persons[person]!;
    entry.person = p.named ? p.id : anonymousLabel(p.id);
  }
  rep.log!.push(entry);
}

/** `clerk 3` for the engine's anonymous member `clerk#3` (compileResources). */
function anonymousLabel(id: string): string {
  const hash = id.lastIndexOf('#');
  return serverLabel(id.slice(0, hash), Number(id.slice(hash + 1)));
}
