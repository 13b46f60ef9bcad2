import type { Command } from 'commander';
import { formatMessage } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { processIdsNear } from '../io/processIdsNear';
import { problemLine, readProcessFile } from '../io/readProcessFile';
import type { RegisterCommand } from './index';

/**
 * `flowsmith validate FILE...`: checks process files against the format, listing every problem.
 * Exit 0 when all are valid, 1 when one is invalid, 2 when one cannot be read or is not JSON.
 * Subprocess ids resolve against the files given and the `.flow.json` files in their folders.
 */
export const registerValidate: RegisterCommand = (program: Command) => {
  program
    .command('validate')
    .description('check process files (.flow.json) against the format; list every problem')
    .argument('<files...>', 'process files to check')
    .option('--json', 'print [{ file, valid, problems: [{ path, code, message }] }]')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 all valid, 1 a document is invalid, 2 a file cannot be read or is not JSON.\n' +
        'Subprocess steps may name the id of any file given or of a .flow.json file beside one.\n' +
        'Example: flowsmith validate examples/*.flow.json --json\n',
    )
    .action(async (files: string[], options: { json?: boolean; lang?: string }) => {
      const lang = langOf(options);
      const ids = await processIdsNear(files);
      const resolveProcess = (id: string) => ids.has(id);
      const results = [];
      for (const file of files)
        results.push({ file, result: await readProcessFile(file, { lang, resolveProcess }) });
      if (options.json) {
        const report = results.map(({ file, result }) => ({
          file,
          valid: result.status === 'valid',
          problems: result.status === 'valid' ? [] : result.problems,
        }));
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        for (const { file, result } of results) {
          const lines =
            result.status === 'valid'
              ? [formatMessage(ioMessages, 'file.valid', { file }, lang)]
              : result.status === 'unreadable'
                ? [result.message]
                : result.problems.map((p) => problemLine(file, p));
          process.stdout.write(`${lines.join('\n')}\n`);
        }
      }
      const invalid = results.filter((r) => r.result.status === 'invalid').length;
      const unreadable = results.filter((r) => r.result.status === 'unreadable').length;
      if (invalid + unreadable === 0) return;
      const summary = formatMessage(
        ioMessages,
        'validate.summary',
        { invalid, unreadable, total: files.length },
        lang,
      );
      throw new CliError(summary, unreadable > 0 ? 2 : 1);
    });
};
