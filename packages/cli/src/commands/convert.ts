import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatMessage, normalizeProcess } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile } from '../io/readProcessFile';
import { writeProcessFile } from '../io/writeProcessFile';
import type { RegisterCommand } from './index';

/**
 * `flowsmith convert IN -o OUT`: reads a process file of any known kind and writes it, normalised
 * (defaults filled in, bare numbers expanded), in the kind OUT's ending names. Exit 1 with every
 * problem for an invalid input; exit 2 when IN cannot be read, or OUT is IN without `--in-place`.
 */
export const registerConvert: RegisterCommand = (program: Command) => {
  program
    .command('convert')
    .description('convert a process file, normalised: defaults filled in, 2-space JSON')
    .argument('<in>', 'the process file to read')
    .requiredOption(
      '-o, --output <out>',
      'the file to write; its ending picks the kind (.flow.json)',
    )
    .option('--in-place', 'allow the output to be the input file itself')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 the input is invalid (every problem listed), 2 a file cannot be\n' +
        'read or written, or the output is the input without --in-place.\n' +
        'Example: flowsmith convert draft.flow.json -o clean.flow.json\n',
    )
    .action(
      async (input: string, options: { output: string; inPlace?: boolean; lang?: string }) => {
        const lang = langOf(options);
        const { document } = await loadProcessFile(input, { lang });
        if (!options.inPlace && (await sameFile(input, options.output))) {
          throw new CliError(
            formatMessage(ioMessages, 'convert.sameFile', { file: options.output }, lang),
            2,
          );
        }
        await writeProcessFile(options.output, normalizeProcess(document), lang);
        process.stdout.write(
          `${formatMessage(ioMessages, 'convert.written', { from: input, to: options.output }, lang)}\n`,
        );
      },
    );
};

/** Whether two paths name one file (also through links); a path that does not exist yet is not IN. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ra, rb] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => null)]);
  return rb !== null && resolve(ra) === resolve(rb);
}
