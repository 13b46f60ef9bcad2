import type { Command } from 'commander';
import { layoutProcess } from '@flowsmith/layout';
import {
  discoverProcess,
  miningMessage,
  parseColumnMapping,
  parseTimeZone,
} from '@flowsmith/mining';
import { CliError } from '../CliError';
import { setJsonResult } from '../io/jsonReport';
import { langOf, langOption } from '../io/langOption';
import { writeProcessFile } from '../io/writeProcessFile';
import type { RegisterCommand } from './RegisterCommand';
import { MINING_WORDS, miningCliMessage } from './miningCliMessages';
import { readLogFile } from './readLogFile';
import { formatValidation, validateAgainstLog } from './validateAgainstLog';

/**
 * `flowsmith discover LOG -o OUT`: reads an event log (XES, CSV, TSV; `.gz` too), discovers a
 * process document with the inductive miner (`--noise`, default 0.2), lays it out in lanes and
 * writes it; `--validate` simulates it and prints its figures beside the log's with the error of
 * each (exit 0 whether or not every row passes). Exit 0 on success, 1 for a log without cases, 2 for a file or mapping problem.
 */
export const registerDiscover: RegisterCommand = (program: Command) => {
  program
    .command('discover')
    .description(
      'discover a process document (steps, roles, durations, probabilities) from an event log',
    )
    .argument('<log>', 'event log: .xes, .xes.gz, .csv, .tsv, .xlsx (columns: --map)')
    .requiredOption('-o, --output <file>', 'where to write the process (.flow.json or .bpmn)')
    .option(
      '--noise <share>',
      'noise threshold of the inductive miner, 0..1 (0 keeps every case fitting)',
      '0.2',
    )
    .option(
      '--map <mapping>',
      'CSV columns: case=…,activity=…,start=…,complete=…,resource=…,role=…,attr=…,timezone=…',
    )
    .option('--sheet <name>', 'the sheet of an .xlsx log to read (default: the first)')
    .option(
      '--timezone <zone>',
      'time zone of office hours for arrivals and role calendars (IANA name or +08:00; default: the --map timezone, else UTC)',
    )
    .option('--id <id>', 'id of the document', 'discovered-process')
    .option('--name <name>', 'name of the document')
    .option(
      '--validate',
      'simulate the discovered process and compare cycle times, waits, touch times, utilisation and throughput with the log',
    )
    .option('--seed <n>', 'seed of the first --validate run (5 runs: seed, seed + 1, …)', '1')
    .option(
      '--json',
      'print { file, steps, roles, tree, durations, problems, conditions, validation }',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nDurations: start+complete timestamps give touch times; complete-only logs give sojourn times.\n' +
        'Example: flowsmith discover tickets.csv --map case=Ticket,activity=Step,complete=Time -o as-is.flow.json\n',
    )
    .action(
      async (
        log: string,
        options: {
          output: string;
          noise: string;
          map?: string;
          sheet?: string;
          id: string;
          name?: string;
          timezone?: string;
          json?: boolean;
          validate?: boolean;
          seed: string;
          lang?: string;
        },
      ) => {
        const lang = langOf(options);
        const noise = Number(options.noise);
        if (options.noise.trim() === '' || !Number.isFinite(noise) || noise < 0 || noise > 1)
          throw new CliError(
            miningCliMessage('noise.range', { value: options.noise }, lang),
            2,
            'call',
          );
        // Read first: it checks --map and turns its problems into exit 2.
        const read = await readLogFile(log, options.map, lang, options.sheet);
        const timezone =
          options.timezone ??
          (options.map ? parseColumnMapping(options.map, lang).timezone : undefined);
        if (timezone !== undefined && !parseTimeZone(timezone))
          throw new CliError(
            miningMessage('map.badZone', { zone: timezone }, lang),
            2,
            'map.badZone',
          );
        const found = discoverProcess(read.log, {
          noise,
          lang,
          id: options.id,
          ...(timezone ? { timezone } : {}),
          ...(options.name ? { name: options.name } : {}),
        });
        const doc = found.document;
        const laid = await layoutProcess(doc, { routes: false });
        for (const step of doc.steps) {
          const p = laid.positions[step.id];
          if (p) step.position = p;
        }
        await writeProcessFile(options.output, doc, lang);
        const tasks = doc.steps.filter((s) => s.type === 'task' || s.type === 'timer').length;
        const validation = options.validate
          ? validateAgainstLog(doc, read.log, Math.floor(Number(options.seed)) || 1, timezone)
          : undefined;
        if (options.json) {
          setJsonResult({
            file: options.output,
            steps: tasks,
            roles: doc.roles.length,
            cases: read.log.cases.length,
            tree: found.treeText,
            durations: found.durations,
            problems: read.problemCount,
            conditions: found.conditions,
            ...(validation ? { validation } : {}),
          });
        } else {
          process.stdout.write(
            `${miningCliMessage(
              'discover.done',
              {
                file: options.output,
                tasks,
                roles: doc.roles.length,
                cases: read.log.cases.length,
                durations: MINING_WORDS[found.durations]![lang],
              },
              lang,
            )}\n`,
          );
          for (const c of found.conditions)
            process.stdout.write(
              `${miningCliMessage(
                'discover.condition',
                {
                  step: c.step,
                  attribute: c.attribute,
                  share: `${(c.accuracy * 100).toFixed(1)} %`,
                  conditions: Object.entries(c.conditions)
                    .map(([flow, condition]) => `${flow}: ${condition}`)
                    .join('; '),
                },
                lang,
              )}\n`,
            );
          if (validation) process.stdout.write(formatValidation(validation, lang));
        }
      },
    );
};
