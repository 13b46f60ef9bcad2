/**
 * Whether a process may be simulated under a scenario, decided as `flowsmith simulate` does: the
 * analysis's `error` findings (a deadlock, no end, a missing role, …) stop it; an overloaded role
 * is left to the engine, which knows the scenario's overrides and refuses it over an open horizon
 * (its queue would grow without end). A run of a fixed number of cases may go ahead overloaded,
 * with a warning per role, since its figures then describe a build-up, not a steady state.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { analyze, blocksSimulation } from '@flowsmith/analysis';
import { prepareSimulation, SimulationError, type Scenario } from '@flowsmith/simulation';
import type { RunProblem } from './simulationProtocol';

/** Words for an overloaded role in a case-count run (role name, expected load as a share). */
export type OverloadMessage = (role: string, utilization: number) => string;

/** What stops a run (`problems`), and what to say about one that may go ahead (`warnings`). */
export interface Readiness {
  problems: RunProblem[];
  warnings: string[];
}

/**
 * The reasons `doc` cannot be simulated under `scenario` ([] when it can) and warnings for
 * overloaded roles under the scenario. Pure, and cheap enough for the main thread (the analysis
 * and a compile; no events are run).
 */
export function simulationRefusal(
  doc: ProcessDocument,
  scenario: Scenario,
  lang: Lang,
  overloaded: OverloadMessage,
  resolveProcess?: (id: string) => ProcessDocument | undefined,
): Readiness {
  const resolve = resolveProcess ? { resolveProcess } : {};
  const found = analyze(doc, { lang, suggestions: false, ...resolve }).findings;
  const problems: RunProblem[] = found
    .filter(blocksSimulation)
    .map((f) => ({ path: f.steps[0] ?? f.roles[0] ?? '', code: f.kind, message: f.message }));
  const warnings: string[] = [];
  if (problems.length) return { problems, warnings };
  try {
    const plan = prepareSimulation(doc, scenario, { lang, ...resolve });
    for (const role of doc.roles) {
      const load = plan.loads[role.id];
      if (load !== undefined && load >= 1) warnings.push(overloaded(role.name, load));
    }
  } catch (error) {
    if (!(error instanceof SimulationError)) throw error;
    problems.push(...error.problems);
  }
  return { problems, warnings };
}
