import type { Command } from 'commander';
import { describeDiff, diffProcesses, formatDiff, normalizeProcess } from '@flowsmith/model';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile } from '../io/readProcessFile';
import { setJsonResult } from '../io/jsonReport';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith diff AS_IS TO_BE [--json] [--lang]`: what changed between two versions of a process —
 * steps added, removed, changed, moved to another role or merged, flows and roles — grouped into
 * changes that belong together. Steps are matched by id, then name, then place (see
 * packages/model/src/diff/SPEC.md). Exit 0 (also when they differ), 1 invalid process, 2 I/O.
 */
export const registerDiff: RegisterCommand = (program: Command) => {
  program
    .command('diff')
    .description('list what changed from an as-is to a to-be process (steps, flows, roles)')
    .argument('<asIs>', 'the current process')
    .argument('<toBe>', 'the improved process')
    .option('--json', 'print the diff as JSON (ids, change groups, and the sentences)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 compared (differences are not an error), 1 invalid process, 2 I/O.\n' +
        'Example: flowsmith diff examples/purchase-approval-as-is.flow.json examples/purchase-approval-to-be.flow.json\n',
    )
    .action(
      async (asIsFile: string, toBeFile: string, options: { json?: boolean; lang?: string }) => {
        const lang = langOf(options);
        // Defaults filled in on both sides, so "capacity 1" written out is not a change.
        const asIs = normalizeProcess((await loadProcessFile(asIsFile, { lang })).document);
        const toBe = normalizeProcess((await loadProcessFile(toBeFile, { lang })).document);
        const diff = diffProcesses(asIs, toBe);
        if (options.json) {
          const changes = describeDiff(diff, asIs, toBe, lang);
          const header = {
            asIs: { id: asIs.id, name: asIs.name },
            toBe: { id: toBe.id, name: toBe.name },
          };
          setJsonResult({ ...header, ...diff, changes });
        } else {
          process.stdout.write(formatDiff(diff, asIs, toBe, lang));
        }
      },
    );
};
