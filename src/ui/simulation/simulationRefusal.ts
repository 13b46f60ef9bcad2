/**
 * Whether a process may be simulated under a scenario, decided as the CLI does: the analysis's
 * `error` findings (a deadlock, no end, a missing role, …) stop it; an overloaded role stops it
 * too, judged by the engine's expected loads under the scenario, so adding capacity or lowering
 * the arrival rate in the scenario lifts the refusal.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import { prepareSimulation, SimulationError, type Scenario } from '@flowsmith/simulation';
import type { RunProblem } from './simulationProtocol';

/** Words for an overloaded role (the analysis's sentence speaks of the document, not the scenario). */
export type OverloadMessage = (role: string, utilization: number) => string;

/**
 * The reasons `doc` cannot be simulated under `scenario`, or [] when it can. Pure, and cheap
 * enough for the main thread (the analysis and a compile, no events are run).
 */
export function simulationRefusal(
  doc: ProcessDocument,
  scenario: Scenario,
  lang: Lang,
  overloaded: OverloadMessage,
  resolveProcess?: (id: string) => ProcessDocument | undefined,
): RunProblem[] {
  const found = analyze(doc, {
    lang,
    suggestions: false,
    ...(resolveProcess ? { resolveProcess } : {}),
  }).findings;
  const problems: RunProblem[] = found
    .filter((f) => f.severity === 'error' && f.kind !== 'overload')
    .map((f) => ({ path: f.steps[0] ?? f.roles[0] ?? '', code: f.kind, message: f.message }));
  if (problems.length) return problems;
  try {
    const plan = prepareSimulation(doc, scenario, {
      lang,
      ...(resolveProcess ? { resolveProcess } : {}),
    });
    for (const role of doc.roles) {
      const load = plan.loads[role.id];
      if (load !== undefined && load >= 1)
        problems.push({ path: role.id, code: 'overload', message: overloaded(role.name, load) });
    }
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    problems.push(...error.problems);
  }
  return problems;
}
