import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { formatMessage, type Lang } from '@flowsmith/model';
import { analyze, formatReport, reportLabels, type AnalysisResult } from '@flowsmith/analysis';
import { CliError } from '../CliError';
import { inputFiles, outputPathIn } from '../io/inputFiles';
import { ioMessages } from '../io/ioMessages';
import { langOf, langOption } from '../io/langOption';
import { loadForAnalysis } from '../io/loadForAnalysis';
import { processesBeside } from '../io/processesBeside';
import { runBatch } from '../io/runBatch';
import { toJson } from '../io/toJson';
import { writeFileAtomically } from '../io/writeFileAtomically';
import type { RegisterCommand } from './RegisterCommand';

interface AnalyzeOptions {
  json?: boolean;
  effects?: boolean;
  outDir?: string;
  lang?: string;
}

/** One analysed file (`--json`: an entry of `result.files`; with `--out-dir`, `output` instead of the figures). */
export type Analysed = { file: string; errors: number } & (
  { output: string } | Pick<AnalysisResult, 'metrics' | 'findings' | 'excludes'>
);

/**
 * `flowsmith analyze FILE...`: the analysis of each process — utilisation, waits, cycle time, lean
 * figures and findings (errors first, then by impact, each with its impact and its suggestions;
 * costs in the document's currency) — as a readable report or, with `--json`, `{ files: [{ file,
 * errors, metrics, findings }] }`; with `--out-dir` each report goes to its own file
 * (`<name>.analysis.txt`, or `.json`). Folders stand for every process file below them. Exit 0
 * without an `error` finding, 1 with one, 2 when a file cannot be read or is invalid (the worst
 * over all files; the batch goes on past a failed file).
 */
export const registerAnalyze: RegisterCommand = (program: Command) => {
  program
    .command('analyze')
    .description(
      'find where a process is slow, overloaded, repetitive or unclear, and what to change',
    )
    .argument('<files...>', 'process files (.flow.json, .bpmn), or folders of them, to analyse')
    .option(
      '--json',
      'print { files: [{ file, errors, metrics, findings, excludes? }] } in reading order: errors, then by impact (times in minutes; unbounded figures are null)',
    )
    .option(
      '--effects',
      "predict each suggestion's effect (incrementally); ones that make lead time or cost worse are withheld",
    )
    .option(
      '--out-dir <dir>',
      'write each report to DIR/<name>.analysis.txt (.json with --json) instead of stdout',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 no error finding, 1 an error finding (e.g. a deadlock or an overloaded role),\n' +
        '2 a file cannot be read or is not a valid process (the worst over all files).\n' +
        'Subprocess steps are analysed with the .flow.json file of that id beside FILE, if any.\n' +
        'Examples: flowsmith analyze examples/purchase-approval-as-is.flow.json --lang zh-CN\n' +
        '          flowsmith analyze examples/ --out-dir reports/ --json\n',
    )
    .action(async (paths: string[], options: AnalyzeOptions) => {
      const lang = langOf(options);
      const files = await inputFiles(paths, lang);
      const entries = await runBatch(
        files,
        async (input): Promise<Analysed> => {
          const { text, entry } = await analyzeOne(input.file, options, lang);
          if (options.outDir === undefined) {
            // Several reports in a row are headed by their file, as `head` does.
            const heading = files.length > 1 ? `==> ${input.file} <==\n` : '';
            if (!options.json) process.stdout.write(`${heading}${text}`);
            return entry;
          }
          const output = outputPathIn(
            options.outDir,
            input,
            options.json ? '.analysis.json' : '.analysis.txt',
          );
          await mkdir(dirname(output), { recursive: true });
          await writeFileAtomically(output, options.json ? `${toJson(entry)}\n` : text, lang);
          if (!options.json) {
            const said = { from: input.file, to: output };
            process.stdout.write(`${formatMessage(ioMessages, 'convert.written', said, lang)}\n`);
          }
          return { file: input.file, errors: entry.errors, output };
        },
        lang,
      );
      const errors = entries.reduce((n, e) => n + ('errors' in e ? e.errors : 0), 0);
      if (errors > 0)
        throw new CliError(
          reportLabels[lang].errorSummary!.replace('{count}', String(errors)),
          1,
          'analysis.errorFinding',
        );
    });
};

/** Analyses one file: the readable report and the JSON entry. */
async function analyzeOne(
  file: string,
  options: AnalyzeOptions,
  lang: Lang,
): Promise<{
  text: string;
  entry: Analysed & Pick<AnalysisResult, 'metrics' | 'findings' | 'excludes'>;
}> {
  const document = await loadForAnalysis(file, lang);
  const children = await processesBeside(file, document, lang);
  const result = analyze(document, {
    lang,
    effects: options.effects === true,
    resolveProcess: (id) => children.get(id),
  });
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const { metrics, findings, excludes } = result;
  return {
    text: formatReport(document, result, lang),
    entry: { file, errors, metrics, findings, ...(excludes ? { excludes } : {}) },
  };
}
