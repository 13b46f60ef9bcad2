import type { Command } from 'commander';
import {
  arrivalProfile,
  logStats,
  miningMessage,
  parseColumnMapping,
  parseTimeZone,
} from '@flowsmith/mining';
import { CliError } from '../CliError';
import { setJsonResult } from '../io/jsonReport';
import { langOf, langOption } from '../io/langOption';
import type { RegisterCommand } from './RegisterCommand';
import { miningCliMessage } from './miningCliMessages';
import { readLogFile } from './readLogFile';

/** Minutes as `2.5 h` / `3.1 d` / `12 min`. */
function minutes(m: number): string {
  if (!Number.isFinite(m)) return '–';
  if (m >= 1440) return `${(m / 1440).toFixed(1)} d`;
  if (m >= 60) return `${(m / 60).toFixed(1)} h`;
  return `${m.toFixed(1)} min`;
}

/**
 * `flowsmith log-stats LOG`: cases, events, activities, variants, resources, time span, case
 * durations, the most frequent variants and the arrivals by hour of week (mean cases per clock
 * hour, in `--timezone`) of an event log. Exit 0, 1 for a log without cases,
 * 2 for a file or mapping problem.
 */
export const registerLogStats: RegisterCommand = (program: Command) => {
  program
    .command('log-stats')
    .description('summarise an event log: cases, events, variants, activities, durations')
    .argument('<log>', 'event log: .xes, .xes.gz, .csv, .tsv, .xlsx (columns: --map)')
    .option('--map <mapping>', 'CSV columns: case=…,activity=…,complete=…,…')
    .option('--sheet <name>', 'the sheet of an .xlsx log to read (default: the first)')
    .option('--top <n>', 'how many variants to list', '10')
    .option(
      '--timezone <zone>',
      'time zone of the arrivals by hour of week (IANA name or +08:00; default: the --map timezone, else UTC)',
    )
    .option('--json', 'print the figures and the directly-follows graph as JSON')
    .addOption(langOption())
    .action(
      async (
        log: string,
        options: {
          map?: string;
          sheet?: string;
          top: string;
          timezone?: string;
          json?: boolean;
          lang?: string;
        },
      ) => {
        const lang = langOf(options);
        const read = await readLogFile(log, options.map, lang, options.sheet);
        const top = Math.max(0, Math.floor(Number(options.top)) || 10);
        const stats = logStats(read.log, top);
        const zoneName =
          options.timezone ??
          (options.map ? parseColumnMapping(options.map, lang).timezone : undefined);
        const zone = zoneName !== undefined ? parseTimeZone(zoneName) : { offsetMinutes: 0 };
        if (!zone)
          throw new CliError(
            miningMessage('map.badZone', { zone: zoneName! }, lang),
            2,
            'map.badZone',
          );
        const arrivals = arrivalProfile(read.log, zone);
        if (options.json) {
          setJsonResult({
            ...stats,
            ...(arrivals ? { arrivalsByHourOfWeek: arrivals } : {}),
            problems: read.problemCount,
          });
          return;
        }
        const lines = [miningCliMessage('stats.summary', stats, lang)];
        if (stats.from && stats.to)
          lines.push(
            miningCliMessage(
              'stats.span',
              {
                from: stats.from,
                to: stats.to,
                mean: minutes(stats.caseMeanMinutes),
                median: minutes(stats.caseMedianMinutes),
              },
              lang,
            ),
          );
        stats.topVariants.forEach((v, i) =>
          lines.push(
            miningCliMessage(
              'stats.variant',
              {
                rank: i + 1,
                count: v.count,
                share: `${(v.share * 100).toFixed(1)} %`,
                activities: v.activities.join(' → '),
              },
              lang,
            ),
          ),
        );
        if (arrivals) {
          lines.push(miningCliMessage('stats.arrivals', { zone: zoneName ?? 'UTC' }, lang));
          lines.push(
            `      ${Array.from({ length: 24 }, (_, h) => String(h).padStart(4)).join('')}`,
          );
          const days =
            lang === 'zh-CN'
              ? ['周一', '周二', '周三', '周四', '周五', '周六', '周日']
              : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
          days.forEach((day, d) =>
            lines.push(
              `  ${day.padEnd(lang === 'zh-CN' ? 2 : 4)}${arrivals.perHour
                .slice(d * 24, d * 24 + 24)
                .map((x) => (x === 0 ? '·' : x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(4))
                .join('')}`,
            ),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
};
