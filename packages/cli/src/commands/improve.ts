import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatEffect, formatMinutes, improve, reportLabels } from '@flowsmith/analysis';
import type { Lang } from '@flowsmith/model';
import { langOf, langOption } from '../io/langOption';
import { writeProcessFile } from '../io/writeProcessFile';
import { loadForAnalysis } from '../io/loadForAnalysis';
import { processesBeside } from '../io/processesBeside';
import { setJsonResult } from '../io/jsonReport';
import type { RegisterCommand } from './RegisterCommand';

/**
 * `flowsmith improve FILE -o TO_BE`: derives a to-be process by applying the analysis's best
 * non-conflicting suggestions, writes it, and prints each change with its predicted effect, what it
 * leaves to check, and the changes not applied because they would add an error or warning. The
 * to-be's id avoids the ids of the `.flow.json` files beside TO_BE.
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
          takenIds: await idsBeside(options.output),
        });
        await writeProcessFile(options.output, result.document, lang);
        if (options.json) {
          setJsonResult(result);
          return;
        }
        const l = reportLabels[lang];
        const lines = [`${l.changes}:`];
        if (result.changes.length === 0) lines.push(`  ${l.noChanges}`);
        result.changes.forEach((c, i) => {
          lines.push(`  ${i + 1}. ${c.suggestion.message}`);
          lines.push(`     [${c.finding.kind}] ${c.finding.message}`);
          lines.push(`     ${l.effect}: ${formatEffect(c.effect, lang)}`);
          for (const w of c.warnings) lines.push(`     ${words[lang].check}: ${w.message[lang]}`);
        });
        if (result.dropped.length > 0) lines.push('', `${words[lang].dropped}:`);
        for (const d of result.dropped) {
          lines.push(`  - ${d.suggestion.message}`);
          for (const f of d.introduced) lines.push(`    [${f.kind}] ${f.message}`);
        }
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

const words: Record<Lang, { check: string; dropped: string }> = {
  en: {
    check: 'check',
    dropped: 'Not applied: each would add an error or warning the as-is has not',
  },
  'zh-CN': { check: '请检查', dropped: '未采用：以下改动会带来现状没有的错误或警告' },
};

/**
 * The process ids of the `.flow.json` files in the folder of `output`, other than `output` itself,
 * so the to-be's id collides with nothing beside it. Reads each file's top-level `id` only (no
 * validation); unreadable files are skipped.
 */
export async function idsBeside(output: string): Promise<string[]> {
  const folder = dirname(resolve(output));
  const self = basename(resolve(output));
  const entries = await readdir(folder).catch(() => [] as string[]);
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.toLowerCase().endsWith('.flow.json') || entry === self) continue;
    try {
      const text = (await readFile(join(folder, entry), 'utf8')).replace(/^\uFEFF/, '');
      const id: unknown = (JSON.parse(text) as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.push(id);
    } catch {
      // Not JSON (or not readable): it holds no id to avoid.
    }
  }
  return ids;
}

const round = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100) / 100) : '∞');
