import type { Command } from 'commander';
import { compareResults } from '@flowsmith/simulation';
import { langOf, langOption } from '../io/langOption';
import { formatComparison } from '../simulation/formatComparison';
import {
  addSimulationOptions,
  loadRun,
  runWithProgress,
  type SimulationCliOptions,
} from '../simulation/simulationRun';
import { setJsonResult } from '../io/jsonReport';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith compare AS_IS TO_BE`: simulates both processes with the same seeds (common random
 * numbers wherever they share step ids) and prints each metric's difference with a paired 95 %
 * confidence interval. Exit codes as `simulate`.
 */
export const registerCompare: RegisterCommand = (program: Command) => {
  const command = program
    .command('compare')
    .description(
      'simulate an as-is and a to-be process and show the differences with confidence intervals',
    )
    .argument('<asIs>', 'the current process (.flow.json)')
    .argument('<toBe>', 'the improved process (.flow.json)');
  addSimulationOptions(command)
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nBoth runs use the same scenario and seeds; differences are paired by replication.\n' +
        'Example: flowsmith compare examples/purchase-approval-as-is.flow.json examples/purchase-approval-to-be.flow.json\n',
    )
    .action(async (asIsFile: string, toBeFile: string, options: SimulationCliOptions) => {
      const lang = langOf(options);
      const asIs = await loadRun(asIsFile, options, lang);
      const toBe = await loadRun(toBeFile, options, lang);
      const results = await runWithProgress([asIs, toBe], options, lang);
      if (!results) return;
      const comparison = compareResults(results[0]!, results[1]!);
      if (options.json) {
        setJsonResult({
          asIs: comparison.asIs,
          toBe: comparison.toBe,
          pairs: comparison.pairs,
          deltas: comparison.metrics,
        });
      } else {
        process.stdout.write(
          formatComparison(asIs.document.name, toBe.document.name, comparison, lang),
        );
      }
    });
};
