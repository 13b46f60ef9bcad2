import type { Command } from 'commander';
import { formatMessage, type Lang } from '@flowsmith/model';
import { CliError } from '../CliError';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { inputFiles } from '../io/inputFiles';
import { setJsonResult } from '../io/jsonReport';
import { ProcessIdFinder } from '../io/processIdFinder';
import { problemLine, readProcessFile, type ProcessFileResult } from '../io/readProcessFile';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith validate FILE...`: checks process files (folders: every process file below them)
 * against the format, listing every problem.
 * Exit 0 when all are valid, 1 when one is invalid, 2 when one cannot be read or is not JSON.
 * Subprocess ids resolve against the files given and the `.flow.json` files in their folders,
 * which are read only when a subprocess names an id not found yet (see {@link ProcessIdFinder}).
 */
export const registerValidate: RegisterCommand = (program: Command) => {
  program
    .command('validate')
    .description('check process files (.flow.json) against the format; list every problem')
    .argument('<files...>', 'process files to check (.flow.json, .bpmn), or folders of them')
    .option('--json', 'print { files: [{ file, valid, problems: [{ path, code, message }] }] }')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 all valid, 1 a document is invalid, 2 a file cannot be read or is not JSON.\n' +
        'Subprocess steps may name the id of any file given or of a .flow.json file beside one.\n' +
        'Example: flowsmith validate examples/*.flow.json --json\n',
    )
    .action(async (paths: string[], options: { json?: boolean; lang?: string }) => {
      const lang = langOf(options);
      const found = (await inputFiles(paths, lang)).map((f) => f.file);
      const finder = new ProcessIdFinder(found);
      const results = [];
      for (const file of found) results.push({ file, result: await check(file, finder, lang) });
      if (options.json) {
        const files = results.map(({ file, result }) => ({
          file,
          valid: result.status === 'valid',
          problems: result.status === 'valid' ? [] : result.problems,
        }));
        setJsonResult({ files });
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
        { invalid, unreadable, total: found.length },
        lang,
      );
      throw new CliError(summary, unreadable > 0 ? 2 : 1, 'validate.failed');
    });
};

/**
 * Reads `file`, resolving the process ids its subprocesses name through `finder`: a first parse
 * records the ids asked for (accepting them all); only when there are some are files searched
 * for them and the document parsed again against what was found.
 */
async function check(
  file: string,
  finder: ProcessIdFinder,
  lang: Lang,
): Promise<ProcessFileResult> {
  const asked = new Set<string>();
  const first = await readProcessFile(file, {
    lang,
    resolveProcess: (id) => (asked.add(id), true),
  });
  if (asked.size === 0 || first.status === 'unreadable') return first;
  const known = await finder.find(asked);
  return readProcessFile(file, { lang, resolveProcess: (id) => known.has(id) });
}
