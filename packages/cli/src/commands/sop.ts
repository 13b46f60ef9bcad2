import { Option, type Command } from 'commander';
import { formatMessage, resolveLang, type Lang, type ProcessDocument } from '@flowsmith/model';
import { analyze, type AnalysisResult } from '@flowsmith/analysis';
import { buildSop, layoutForSop } from '@flowsmith/sop';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile } from '../io/readProcessFile';
import { resolveOutputFormat } from '../io/outputFormat';
import { documentMessages } from '../pdf/documentMessages';
import { DOCUMENT_FORMATS, writeDocument, type DocumentFormat } from '../pdf/writeDocument';
import type { RegisterCommand } from './RegisterCommand';

/** Options `sop` and `jobs` share. */
export interface DocumentCommandOptions {
  /** Given or not: `-o`'s ending decides otherwise (resolveOutputFormat). */
  format?: DocumentFormat;
  output?: string;
  lang?: string;
  strict?: boolean;
}

/** Adds the options `sop` and `jobs` share to `command`. */
export function documentOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--format <format>',
        "md, html, docx or pdf (default: -o's file ending, else md)",
      ).choices(DOCUMENT_FORMATS),
    )
    .option('-o, --output <out>', 'the file to write (md and html go to stdout without it)')
    .addOption(langOption().default(undefined, 'the process language'))
    .option('--strict', 'exit 1 instead of writing when the process has structural errors');
}

/**
 * What `sop` and `jobs` do first: read the process, pick the document's language (`--lang`, else
 * the process's), analyse it, and refuse under `--strict` (exit 1, naming every error finding) or
 * warn on stderr when it has structural errors.
 */
export async function prepareDocument(
  input: string,
  options: DocumentCommandOptions,
): Promise<{
  document: ProcessDocument;
  lang: Lang;
  messages: Lang;
  analysis: AnalysisResult;
  format: DocumentFormat;
}> {
  const messages = langOf(options);
  const format = resolveOutputFormat(options, DOCUMENT_FORMATS, 'md', messages);
  const { document } = await loadProcessFile(input, { lang: messages });
  const lang =
    options.lang === 'en' || options.lang === 'zh-CN'
      ? options.lang
      : resolveLang(document.language);
  const analysis = analyze(document, { lang, suggestions: false });
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && options.strict) {
    const findings = errors.map((f) => `${input}: ${f.kind}: ${f.message}`).join('\n');
    throw new CliError(
      formatMessage(
        documentMessages,
        'document.strict',
        { file: input, count: errors.length, findings },
        messages,
      ),
      1,
    );
  }
  if (errors.length > 0) {
    process.stderr.write(
      `${formatMessage(documentMessages, 'document.warnings', { file: input, count: errors.length }, messages)}\n`,
    );
  }
  return { document, lang, messages, analysis, format };
}

/**
 * `flowsmith sop FILE --format md|html|docx|pdf [--lang zh-CN|en] [-o OUT]`: writes the standard
 * operating procedure of a process. Exit 1 for an invalid process, or structural errors under
 * `--strict`; 2 when a file cannot be read or written.
 */
export const registerSop: RegisterCommand = (program: Command) => {
  documentOptions(
    program
      .command('sop')
      .description(
        'write the standard operating procedure (SOP) of a process: md, html, docx or pdf',
      )
      .argument('<file>', 'the process file'),
  )
    .option(
      '--effective-date <date>',
      'the effective date on the title block (default: the latest revision date)',
    )
    .addHelpText(
      'after',
      '\nThe document is in --lang, else the process language. Without positions in the file the\n' +
        'flowchart is laid out automatically. PDF and the DOCX flowchart use Chromium (/usr/bin/chromium).\n' +
        'Exit codes: 0 written, 1 invalid process (or structural errors with --strict), 2 I/O.\n' +
        'Example: flowsmith sop examples/purchase-approval-to-be.flow.json --format pdf -o sop.pdf\n',
    )
    .action(async (input: string, options: DocumentCommandOptions & { effectiveDate?: string }) => {
      const { document, lang, analysis, format } = await prepareDocument(input, options);
      const positions = await layoutForSop(document);
      const tree = buildSop(document, {
        lang,
        analysis,
        ...(positions ? { positions } : {}),
        ...(options.effectiveDate ? { effectiveDate: options.effectiveDate } : {}),
      });
      await writeDocument(tree, format, options.output, langOf(options));
    });
};
