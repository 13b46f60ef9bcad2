import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatMessage, normalizeProcess } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { writeCompanions } from '../io/bpmnFormat';
import { loadProcessFile, problemLine } from '../io/readProcessFile';
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
    .description(
      'convert a process file between .flow.json and .bpmn (normalised: defaults filled in)',
    )
    .argument('<in>', 'the process file to read')
    .requiredOption(
      '-o, --output <out>',
      'the file to write; its ending picks the kind (.flow.json or .bpmn)',
    )
    .option('--in-place', 'allow the output to be the input file itself')
    .option('--json', 'print what was written and the warnings as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 the input cannot be converted (not JSON / not BPMN, or invalid:\n' +
        'every problem listed), 2 a file cannot be read or written, or the output is the input\n' +
        'without --in-place. Warnings (what a BPMN import approximated or left out) go to stderr.\n' +
        'A .bpmn holding several processes writes the others beside OUT as\n' +
        '<out-stem>.<process-id>.flow.json.\n' +
        'Examples: flowsmith convert draft.flow.json -o clean.flow.json\n' +
        '          flowsmith convert model.bpmn -o model.flow.json\n' +
        '          flowsmith convert model.flow.json -o model.bpmn\n',
    )
    .action(
      async (
        input: string,
        options: { output: string; inPlace?: boolean; json?: boolean; lang?: string },
      ) => {
        const lang = langOf(options);
        const { document, warnings, companions } = await loadProcessFile(input, {
          lang,
          unreadableExit: 1,
        });
        if (!options.inPlace && (await sameFile(input, options.output))) {
          throw new CliError(
            formatMessage(ioMessages, 'convert.sameFile', { file: options.output }, lang),
            2,
          );
        }
        await writeProcessFile(options.output, normalizeProcess(document), lang);
        const written = await writeCompanions(
          options.output,
          companions.map(normalizeProcess),
          lang,
        );
        if (options.json) {
          const report = { input, output: options.output, warnings, companions: written };
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        for (const w of warnings) process.stderr.write(`${problemLine(input, w)}\n`);
        process.stdout.write(
          `${formatMessage(ioMessages, 'convert.written', { from: input, to: options.output }, lang)}\n`,
        );
        for (const line of written) process.stdout.write(`${line}\n`);
      },
    );
};

/** Whether two paths name one file (also through links); a path that does not exist yet is not IN. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ra, rb] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => null)]);
  return rb !== null && resolve(ra) === resolve(rb);
}
