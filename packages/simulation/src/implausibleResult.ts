import type { Lang } from '@flowsmith/model';
import { message, type SimulationProblem } from './messages';
import type { ReplicationResult } from './results';
import type { ResolvedScenario } from './scenario/Scenario';

/**
 * The problem with replication results that cannot be right, or null when they are plausible.
 * Pure. Refused: no measured case in a replication when a number of cases was asked for (no
 * horizon), and a mean (cycle time, waiting, working, cost, throughput, utilisation) that is not
 * a finite number. A caller prints the sentence instead of the results (issue 14: a wrapped
 * capacity once printed "0 measured cases" and a cycle time of 0).
 */
export function implausibleResult(
  results: readonly ReplicationResult[],
  scenario: ResolvedScenario,
  lang: Lang = 'en',
): SimulationProblem | null {
  const problem = (detail: string): SimulationProblem => ({
    path: '',
    code: 'sim.implausible',
    message: message('sim.implausible', { detail }, lang),
  });
  if (results.length === 0) return problem('no replication ran');
  for (const r of results) {
    if (!Number.isFinite(scenario.horizon) && r.cases === 0)
      return problem(`replication ${r.index + 1}: 0 measured cases of ${scenario.cases} asked for`);
    if (r.cases === 0) continue;
    const means: Array<[string, number]> = [
      ['cycle time', r.cycleTime.mean],
      ['waiting time', r.waitingTime],
      ['working time', r.workingTime],
      ['cost per case', r.costPerCase],
      ['throughput', r.throughputPerHour],
      ...Object.entries(r.roles).map(([id, role]): [string, number] => [
        `utilisation of ${id}`,
        role.utilization,
      ]),
    ];
    const bad = means.find(([, v]) => !Number.isFinite(v) || v < 0);
    if (bad) return problem(`replication ${r.index + 1}: ${bad[0]} is ${bad[1]}`);
  }
  return null;
}
