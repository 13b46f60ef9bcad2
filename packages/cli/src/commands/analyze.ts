import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { analyze, formatReport, reportLabels } from '@flowsmith/analysis';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile, readProcessFile } from '../io/readProcessFile';
import type { RegisterCommand } from './index';

/**
 * `flowsmith analyze FILE`: the analysis of a process — utilisation, waits, cycle time, lean
 * figures and findings (errors first, then by impact, each with its impact and its suggestions;
 * costs in the document's currency) — as a readable report or, with `--json`, `{ metrics, findings }`.
 * Exit 0 without an `error` finding, 1 with one, 2 when the file cannot be read or is invalid.
 */
export const registerAnalyze: RegisterCommand = (program: Command) => {
  program
    .command('analyze')
    .description(
      'find where a process is slow, overloaded, repetitive or unclear, and what to change',
    )
    .argument('<file>', 'the process file to analyse (.flow.json)')
    .option(
      '--json',
      'print { metrics, findings } in reading order: errors, then by impact (times in minutes; unbounded figures are null)',
    )
    .option(
      '--effects',
      "predict each suggestion's effect (incrementally); ones that make lead time or cost worse are withheld",
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 no error finding, 1 an error finding (e.g. a deadlock or an overloaded role),\n' +
        '2 the file cannot be read or is not a valid process.\n' +
        'Subprocess steps are analysed with the .flow.json file of that id beside FILE, if any.\n' +
        'Example: flowsmith analyze examples/purchase-approval-as-is.flow.json --lang zh-CN\n',
    )
    .action(async (file: string, options: { json?: boolean; effects?: boolean; lang?: string }) => {
      const lang = langOf(options);
      const document = await loadForAnalysis(file, lang);
      const children = await processesBeside(file, document, lang);
      const result = analyze(document, {
        lang,
        effects: options.effects === true,
        resolveProcess: (id) => children.get(id),
      });
      process.stdout.write(
        options.json ? `${toJson(result)}\n` : formatReport(document, result, lang),
      );
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0)
        throw new CliError(reportLabels[lang].errorSummary!.replace('{count}', String(errors)), 1);
    });
};

/** Loads a valid document; an invalid one is exit 2 here (the analysis needs a valid document). */
export async function loadForAnalysis(file: string, lang: Lang): Promise<ProcessDocument> {
  try {
    return (await loadProcessFile(file, { lang })).document;
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.message, 2);
    throw error;
  }
}

/**
 * The documents a subprocess step of `document` (or of those, recursively) may run: the valid
 * `.flow.json` files in FILE's folder, by id. Only read when there is a subprocess step.
 */
export async function processesBeside(
  file: string,
  document: ProcessDocument,
  lang: Lang,
): Promise<Map<string, ProcessDocument>> {
  const found = new Map<string, ProcessDocument>();
  if (!document.steps.some((s) => s.type === 'subprocess')) return found;
  const folder = dirname(resolve(file));
  const entries = await readdir(folder).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.toLowerCase().endsWith('.flow.json')).sort()) {
    const r = await readProcessFile(join(folder, entry), { lang });
    if (r.status === 'valid' && !found.has(r.document.id)) found.set(r.document.id, r.document);
  }
  return found;
}

/** JSON with unbounded figures (Infinity, NaN) written as null, 2-space indented. Pure. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v),
    2,
  );
}
