import type { Command } from 'commander';
import {
  describeFigureFinding,
  discoverProcess,
  drawnVersusData,
  figuresVersusData,
  parseColumnMapping,
  parseTimeZone,
  tokenReplay,
  type DrawnVersusData,
} from '@flowsmith/mining';
import type { Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { setJsonResult } from '../io/jsonReport';
import { langOf, langOption } from '../io/langOption';
import { problemLine, readProcessFile } from '../io/readProcessFile';
import type { RegisterCommand } from './RegisterCommand';
import { MINING_WORDS, miningCliMessage } from './miningCliMessages';
import { readLogFile } from './readLogFile';

/**
 * `flowsmith conform PROCESS LOG`: replays an event log on a process document (tasks matched by
 * name) and prints fitness, precision, the deviations by step and the drawn figures the log
 * disagrees with (`figuresVersusData`: durations beyond `--tolerance`, branch probabilities beyond
 * 0.1, the arrival rate beyond 20 %); with `--diff`, also "the as-is you drew vs the as-is in the
 * data": the process discovered from the log (`--noise`) compared with the drawn one, steps
 * matched by name (`drawnVersusData`, as the app's Event log panel does). Exit 0 when replayed (whatever
 * the fitness), 1 for an invalid document or a log without cases, 2 for a file problem.
 */
export const registerConform: RegisterCommand = (program: Command) => {
  program
    .command('conform')
    .description('replay an event log on a process: fitness, precision, deviations by step')
    .argument('<process>', 'process file (.flow.json or .bpmn)')
    .argument('<log>', 'event log: .xes, .xes.gz, .csv, .tsv, .xlsx (columns: --map)')
    .option('--map <mapping>', 'CSV columns: case=…,activity=…,complete=…,…')
    .option('--sheet <name>', 'the sheet of an .xlsx log to read (default: the first)')
    .option(
      '--tolerance <share>',
      'figures vs data: a drawn mean duration further than this share from the log is a finding',
      '0.2',
    )
    .option(
      '--diff',
      'also discover the process from the log and list how the drawn map differs from it',
    )
    .option('--noise <share>', 'with --diff: noise threshold of the inductive miner, 0..1', '0.2')
    .option(
      '--json',
      'print { fitness, precision, cases, fittingCases, deviations, figures, diff }',
    )
    .addOption(langOption())
    .action(
      async (
        processPath: string,
        log: string,
        options: {
          map?: string;
          sheet?: string;
          tolerance: string;
          diff?: boolean;
          noise: string;
          json?: boolean;
          lang?: string;
        },
      ) => {
        const lang = langOf(options);
        const read = await readProcessFile(processPath, { lang, resolveProcess: () => true });
        if (read.status === 'unreadable') throw new CliError(read.message, 2, 'file.unreadable');
        if (read.status === 'invalid')
          throw new CliError(
            read.problems.map((p) => problemLine(processPath, p)).join('\n'),
            1,
            'file.invalid',
          );
        const { log: events } = await readLogFile(log, options.map, lang, options.sheet);
        const result = tokenReplay(read.document, events);
        const tolerance = Number(options.tolerance);
        if (options.tolerance.trim() === '' || !Number.isFinite(tolerance) || tolerance < 0)
          throw new CliError(
            miningCliMessage('tolerance.range', { value: options.tolerance }, lang),
            2,
            'call',
          );
        // Calendars are read in the zone the log's times were written in (--map timezone, else UTC).
        const zoneName = options.map ? parseColumnMapping(options.map, lang).timezone : undefined;
        const zone = zoneName !== undefined ? parseTimeZone(zoneName) : undefined;
        const figures = figuresVersusData(read.document, events, {
          duration: tolerance,
          ...(zone ? { zone } : {}),
        });
        const noise = Number(options.noise);
        if (options.noise.trim() === '' || !Number.isFinite(noise) || noise < 0 || noise > 1)
          throw new CliError(
            miningCliMessage('noise.range', { value: options.noise }, lang),
            2,
            'call',
          );
        const compared = options.diff
          ? drawnVersusData(
              read.document,
              discoverProcess(events, {
                noise,
                lang,
                name: read.document.name,
                ...(zoneName !== undefined ? { timezone: zoneName } : {}),
              }).document,
              lang,
            )
          : undefined;
        if (options.json) {
          const { matched, steps, onlyDrawn, onlyData, changed, gateways } = compared ?? {};
          setJsonResult({
            ...result,
            figures,
            ...(compared
              ? { diff: { matched, steps, onlyDrawn, onlyData, changed, gateways } }
              : {}),
          });
          return;
        }
        const lines = [
          miningCliMessage(
            'conform.summary',
            {
              fitness: result.fitness.toFixed(3),
              precision: result.precision.toFixed(3),
              fitting: result.fittingCases,
              cases: result.cases,
            },
            lang,
          ),
          ...result.deviations.slice(0, 30).map((d) =>
            miningCliMessage(
              'conform.deviation',
              {
                kind: MINING_WORDS[d.kind]![lang],
                step: d.step ? `${d.step} ${d.activity}` : d.activity,
                cases: d.cases,
              },
              lang,
            ),
          ),
          miningCliMessage('conform.figures', { count: figures.length }, lang),
          ...figures.map((f) => `  ${describeFigureFinding(f, lang)}`),
          ...(compared ? diffLines(compared, read.document.name, lang) : []),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
};

/** The drawn-vs-data comparison as text lines: a heading, then the three lists. */
function diffLines(c: DrawnVersusData, name: string, lang: Lang): string[] {
  const head = miningCliMessage('conform.diff', { matched: c.matched, steps: c.steps, name }, lang);
  const sections = (['onlyDrawn', 'onlyData', 'changed'] as const).flatMap((key) =>
    c[key].length
      ? [
          miningCliMessage(`conform.diff.${key}`, { count: c[key].length }, lang),
          ...c[key].map((l) => `    ${l.text}`),
        ]
      : [],
  );
  const same = sections.length === 0 ? [miningCliMessage('conform.diff.same', {}, lang)] : [];
  const gateways = c.gateways
    ? [miningCliMessage('conform.diff.gateways', { count: c.gateways }, lang)]
    : [];
  return [head, ...same, ...sections, ...gateways];
}
