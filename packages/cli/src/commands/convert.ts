import { mkdir, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { formatMessage, normalizeProcess, type Lang, type Problem } from '@flowsmith/model';
import { CliError } from '../CliError';
import { batchMessages } from '../io/batchMessages';
import { inputFiles, outputPathIn, type InputFile } from '../io/inputFiles';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile, problemLine } from '../io/readProcessFile';
import { runBatch } from '../io/runBatch';
import {
  applySimulationFile,
  loadForSimulation,
  simulationNeedsOneInput,
} from '../io/simulationParameters';
import { writeCompanions } from '../io/writeCompanions';
import { writeProcessFile } from '../io/writeProcessFile';
import type { RegisterCommand } from './RegisterCommand';

interface ConvertOptions {
  output?: string;
  outDir?: string;
  to?: 'flow.json' | 'bpmn';
  inPlace?: boolean;
  simulation?: string;
  json?: boolean;
  lang?: string;
}

/** What `convert` wrote for one input (`--json`: `result.files[]`). */
export interface Converted {
  file: string;
  output: string;
  warnings: Problem[];
  /** where each further process of a .bpmn went, as a sentence */
  companions: string[];
}

/**
 * `flowsmith convert IN -o OUT` / `flowsmith convert IN... --out-dir DIR [--to kind]`: reads process
 * files of any known kind (folders: every process file below them) and writes each normalised
 * (defaults filled in, bare numbers expanded), in the kind OUT's ending or `--to` names, in one
 * process. Exit 1 when an input cannot be converted (every problem listed); 2 when a file cannot be
 * read or written, the call is wrong, or OUT is IN without `--in-place`. A batch goes on past a
 * failed file and ends with the worst exit.
 */
export const registerConvert: RegisterCommand = (program: Command) => {
  program
    .command('convert')
    .description(
      'convert process files between .flow.json and .bpmn (normalised: defaults filled in); ' +
        'many files and folders in one call with --out-dir',
    )
    .argument('<inputs...>', 'process files, or folders of them, to read')
    .option('-o, --output <out>', 'the file to write (one input); its ending picks the kind')
    .option(
      '--out-dir <dir>',
      'write every input into DIR, keeping the layout below a folder given',
    )
    .addOption(
      new Option('--to <kind>', 'the kind written into --out-dir (default flow.json)').choices([
        'flow.json',
        'bpmn',
      ]),
    )
    .option('--in-place', 'allow an output to be its input file')
    .option(
      '--simulation <params.json>',
      "apply a Prosimos simulation parameters file (seconds; ids of the model's elements) to the one input",
    )
    .option('--json', 'print { files: [{ file, output, warnings, companions } | { file, error }] }')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 an input cannot be converted (not JSON / not BPMN, or invalid:\n' +
        'every problem listed), 2 a file cannot be read or written, the call is wrong, or an output\n' +
        'is its input without --in-place. Warnings (what a BPMN import approximated or left out) go\n' +
        'to stderr. A .bpmn holding several processes writes the others beside OUT as\n' +
        '<out-stem>.<process-id>.flow.json.\n' +
        'Examples: flowsmith convert draft.flow.json -o clean.flow.json\n' +
        '          flowsmith convert model.bpmn -o model.flow.json\n' +
        '          flowsmith convert model.bpmn --simulation params.json -o model.flow.json\n' +
        '          flowsmith convert models/ more.bpmn --out-dir converted/ --to flow.json\n',
    )
    .action(async (inputs: string[], options: ConvertOptions) => {
      const lang = langOf(options);
      const plan = await convertPlan(inputs, options, lang);
      await runBatch(
        plan,
        (item) => convertOne(item.file, item.output, options, lang),
        lang,
        (converted) => {
          if (options.json) return;
          for (const w of converted.warnings)
            process.stderr.write(`${problemLine(converted.file, w)}\n`);
          const said = { from: converted.file, to: converted.output };
          process.stdout.write(`${formatMessage(ioMessages, 'convert.written', said, lang)}\n`);
          for (const line of converted.companions) process.stdout.write(`${line}\n`);
        },
      );
    });
};

/** Each input with the file it is written to; refuses a wrong call before anything is written. */
async function convertPlan(
  inputs: readonly string[],
  options: ConvertOptions,
  lang: Lang,
): Promise<Array<{ file: string; output: string }>> {
  const refuse = (code: 'batch.noOutput' | 'batch.bothOutputs' | 'batch.toWithoutDir'): never => {
    throw new CliError(formatMessage(batchMessages, code, {}, lang), 2, code);
  };
  if (options.output !== undefined && options.outDir !== undefined) refuse('batch.bothOutputs');
  if (options.output === undefined && options.outDir === undefined) refuse('batch.noOutput');
  if (options.to !== undefined && options.outDir === undefined) refuse('batch.toWithoutDir');
  if (options.simulation !== undefined && (options.output === undefined || inputs.length !== 1))
    throw simulationNeedsOneInput(lang);
  const files: InputFile[] = await inputFiles(inputs, lang);
  if (options.output !== undefined) {
    if (files.length !== 1 || inputs.length !== 1) {
      const count = files.length;
      throw new CliError(
        formatMessage(batchMessages, 'batch.oneOutput', { count }, lang),
        2,
        'batch.oneOutput',
      );
    }
    return [{ file: files[0]!.file, output: options.output }];
  }
  const ending = options.to === 'bpmn' ? '.bpmn' : '.flow.json';
  const plan = files.map((f) => ({
    file: f.file,
    output: outputPathIn(options.outDir!, f, ending),
  }));
  const seen = new Map<string, string>();
  for (const { file, output } of plan) {
    const first = seen.get(resolve(output));
    if (first !== undefined) {
      const params = { first, second: file, output };
      throw new CliError(
        formatMessage(batchMessages, 'batch.clash', params, lang),
        2,
        'batch.clash',
      );
    }
    seen.set(resolve(output), file);
  }
  return plan;
}

async function convertOne(
  input: string,
  output: string,
  options: ConvertOptions,
  lang: Lang,
): Promise<Converted> {
  const loaded =
    options.simulation === undefined
      ? await loadProcessFile(input, { lang, unreadableExit: 1 })
      : await loadForSimulation(input, lang);
  let { document, warnings, companions } = loaded;
  if (options.simulation !== undefined) {
    const applied = await applySimulationFile(input, options.simulation, loaded, lang);
    ({ document, companions } = applied);
    warnings = [...warnings, ...applied.warnings];
  }
  if (!options.inPlace && (await sameFile(input, output))) {
    throw new CliError(
      formatMessage(ioMessages, 'convert.sameFile', { file: output }, lang),
      2,
      'convert.sameFile',
    );
  }
  if (options.outDir !== undefined) await mkdir(dirname(output), { recursive: true });
  await writeProcessFile(output, normalizeProcess(document), lang);
  const written = await writeCompanions(output, companions.map(normalizeProcess), lang);
  return { file: input, output, warnings, companions: written };
}

/** Whether two paths name one file (also through links); a path that does not exist yet is not IN. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ra, rb] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => null)]);
  return rb !== null && resolve(ra) === resolve(rb);
}
