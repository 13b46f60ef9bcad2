import { Option, type Command } from 'commander';
import { resolveLang, type Lang } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import { buildWorkshopReport } from '@flowsmith/sop';
import { langOf, langOption } from '../io/langOption';
import { resolveOutputFormat } from '../io/outputFormat';
import { loadProcessFile } from '../io/readProcessFile';
import { wholeNumberOption } from '../io/wholeNumberOption';
import { DOCUMENT_FORMATS, writeDocument, type DocumentFormat } from '../pdf/writeDocument';
import type { RegisterCommand } from './RegisterCommand';

interface WorkshopReportOptions {
  format?: DocumentFormat;
  output?: string;
  lang?: string;
  top: string;
}

/**
 * `flowsmith workshop-report FILE [-o OUT.md|html|docx|pdf] [--format …] [--top N] [--lang …]`:
 * writes the workshop report of a process — the top-voted problems with what the analysis found
 * about the same steps, the waste tags, the open notes and the parking lot. The format follows the
 * CLI's output-format rule (`-o`'s ending, else `--format`, else Markdown). Exit 1 for an invalid
 * process, 2 for I/O or a wrong call.
 */
export const registerWorkshopReport: RegisterCommand = (program: Command) => {
  program
    .command('workshop-report')
    .description(
      "write a workshop's report: top-voted problems with the analysis' findings, waste tags, open notes, parking lot",
    )
    .argument('<file>', 'the process file (with its workshop notes, tags and votes)')
    .addOption(
      new Option(
        '--format <format>',
        "md, html, docx or pdf (default: -o's file ending, else md)",
      ).choices(DOCUMENT_FORMATS),
    )
    .option('-o, --output <out>', 'the file to write (md and html go to stdout without it)')
    .option('--top <n>', 'how many top-voted problems to list (1–1000)', '10')
    .addOption(langOption().default(undefined, 'the process language'))
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 invalid process, 2 I/O or a wrong option.\n' +
        'Example: flowsmith workshop-report workshop.flow.json -o report.docx\n',
    )
    .action(async (input: string, options: WorkshopReportOptions) => {
      const messages = langOf(options);
      const format = resolveOutputFormat(options, DOCUMENT_FORMATS, 'md', messages);
      const top = wholeNumberOption(options.top, '--top', messages, 1, 1000);
      const { document } = await loadProcessFile(input, { lang: messages });
      const lang: Lang =
        options.lang === 'en' || options.lang === 'zh-CN'
          ? options.lang
          : resolveLang(document.language);
      const { findings } = analyze(document, { lang, suggestions: false });
      const tree = buildWorkshopReport(document, { lang, findings, top });
      await writeDocument(tree, format, options.output, messages);
    });
};
