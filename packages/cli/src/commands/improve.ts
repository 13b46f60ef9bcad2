import type { Command } from 'commander';
import { formatEffect, formatMinutes, improve, reportLabels } from '@flowsmith/analysis';
import { langOf, langOption } from '../io/langOption';
import { writeProcessFile } from '../io/writeProcessFile';
import { loadForAnalysis, processesBeside, toJson } from './analyze';
import type { RegisterCommand } from './index';

/**
 * `flowsmith improve FILE -o TO_BE`: derives a to-be process by applying the analysis's best
 * non-conflicting suggestions, writes it, and prints each change with its predicted effect.
 * Exit 0 when written, 2 when FILE cannot be read or is invalid, or TO_BE cannot be written.
 */
export const registerImprove: RegisterCommand = (program: Command) => {
  program
    .command('improve')
    .description('derive a to-be process from the analysis suggestions and write it')
    .argument('<file>', 'the as-is process file (.flow.json)')
    .requiredOption('-o, --output <to-be>', 'the to-be file to write (.flow.json)')
    .option('--json', 'print { document, changes, before, after, effect } instead of text')
    .option('--include-info', 'also apply suggestions of info findings (combine, parallelise)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 2 the input cannot be read or is invalid, or the output cannot be written.\n' +
        'Example: flowsmith improve examples/purchase-approval-as-is.flow.json -o to-be.flow.json\n',
    )
    .action(
      async (
        file: string,
        options: { output: string; json?: boolean; includeInfo?: boolean; lang?: string },
      ) => {
        const lang = langOf(options);
        const document = await loadForAnalysis(file, lang);
        const children = await processesBeside(file, document, lang);
        const result = improve(document, {
          lang,
          includeInfo: options.includeInfo === true,
          resolveProcess: (id) => children.get(id),
        });
        await writeProcessFile(options.output, result.document, lang);
        if (options.json) {
          process.stdout.write(`${toJson(result)}\n`);
          return;
        }
        const l = reportLabels[lang];
        const lines = [`${l.changes}:`];
        if (result.changes.length === 0) lines.push(`  ${l.noChanges}`);
        result.changes.forEach((c, i) => {
          lines.push(`  ${i + 1}. ${c.suggestion.message}`);
          lines.push(`     [${c.finding.kind}] ${c.finding.message}`);
          lines.push(`     ${l.effect}: ${formatEffect(c.effect, lang)}`);
        });
        const { before, after } = result;
        lines.push(
          '',
          `${l.cycleTime}: ${l.before} ${formatMinutes(before.cycleTime.mean, lang)}, ${l.after} ${formatMinutes(after.cycleTime.mean, lang)}`,
          `${l.costPerCase}: ${l.before} ${round(before.costPerCase)}, ${l.after} ${round(after.costPerCase)}`,
          `${l.handoffs}: ${l.before} ${round(before.handoffsPerCase)}, ${l.after} ${round(after.handoffsPerCase)}`,
          `${l.wrote} ${options.output} (${result.document.id})`,
        );
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
};

const round = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100) / 100) : '∞');
