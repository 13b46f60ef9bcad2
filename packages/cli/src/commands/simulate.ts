import type { Command } from 'commander';
import { aggregate, eventLogCsv, eventLogXes } from '@flowsmith/simulation';
import { CliError } from '../CliError';
import { checkWritable } from '../io/checkWritable';
import { langOf, langOption } from '../io/langOption';
import { writeFileAtomically } from '../io/writeFileAtomically';
import { formatSummary } from '../simulation/formatSummary';
import { label } from '../simulation/simulationMessages';
import {
  addSimulationOptions,
  loadRun,
  runWithProgress,
  type SimulationCliOptions,
} from '../simulation/simulationRun';
import { setJsonResult } from '../io/jsonReport';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith simulate FILE`: runs the process through the discrete-event simulator and prints
 * cycle times, waits, utilisation, cost and throughput with 95 % confidence intervals, or the
 * same as JSON. Exit 0 on success, 1 when the process or scenario cannot be simulated, 2 when a
 * file cannot be read, 130 when cancelled with Ctrl-C.
 */
export const registerSimulate: RegisterCommand = (program: Command) => {
  const command = program
    .command('simulate')
    .description(
      'simulate a process: cycle time, waits, utilisation, cost, with confidence intervals',
    )
    .argument('<file>', 'the process file (.flow.json)');
  addSimulationOptions(command)
    .option('--log <file>', 'write the event log of every replication: events.csv or events.xes')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nThe same seed and options give the same output, whatever the number of workers.\n' +
        'Example: flowsmith simulate examples/purchase-approval-as-is.flow.json --cases 5000 --replications 20\n',
    )
    .action(async (file: string, options: SimulationCliOptions & { log?: string }) => {
      const lang = langOf(options);
      if (options.log !== undefined && !/\.(csv|xes)$/i.test(options.log))
        throw new CliError(label(lang, 'logKind', { file: options.log }), 2);
      // Before the run: a log that cannot be written must not cost (and lose) the whole result.
      if (options.log !== undefined) await checkWritable(options.log, lang);
      const run = await loadRun(file, options, lang);
      const results = await runWithProgress([run], options, lang, options.log !== undefined);
      if (!results) return;
      const reps = results[0]!;
      const entries = reps.flatMap((r) => r.log ?? []);
      for (const r of reps) delete r.log;
      const summary = aggregate(reps);
      // The result first: should the log still fail to be written (a full disk), it is not lost
      // (the --json report carries both the result and the error).
      if (options.json) setJsonResult(summary);
      else process.stdout.write(formatSummary(run.document.name, summary, lang, run.document));
      if (options.log !== undefined) {
        const text = /\.xes$/i.test(options.log)
          ? eventLogXes(entries, run.document.name, run.plan.scenario.startEpoch)
          : eventLogCsv(entries, run.plan.scenario.startEpoch);
        await writeFileAtomically(options.log, text, lang);
        process.stderr.write(
          `${label(lang, 'log', { file: options.log, count: entries.length })}\n`,
        );
      }
    });
};
