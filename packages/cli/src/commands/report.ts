import { Option, type Command } from 'commander';
import { diffProcesses, resolveLang, type Lang, type ProcessDocument } from '@flowsmith/model';
import { casesInBoth, simulatedCaseTimeline, type LoggedStep } from '@flowsmith/analysis';
import {
  buildComparisonReport,
  layoutForSop,
  reportToSopTree,
  type SimulatedComparison,
} from '@flowsmith/sop';
import {
  compareResults,
  prepareSimulation,
  runReplicationSync,
  type ReplicationResult,
} from '@flowsmith/simulation';
import { wholeNumberOption } from '../io/wholeNumberOption';
import { langOf, langOption } from '../io/langOption';
import { resolveOutputFormat } from '../io/outputFormat';
import { loadProcessFile } from '../io/readProcessFile';
import { DOCUMENT_FORMATS, writeDocument, type DocumentFormat } from '../pdf/writeDocument';
import type { RegisterCommand } from './RegisterCommand';

/** The modest, fixed simulation of `report --simulate`: enough for intervals, seconds to run. */
export const REPORT_SIMULATION = { cases: 2000, replications: 5, seed: 1 } as const;

interface ReportOptions {
  format?: DocumentFormat;
  output: string;
  lang?: string;
  simulate?: boolean;
  case?: string;
}

/** Runs both processes with the same seeds; replication 0 keeps its event log for the case timeline. */
function simulate(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  lang: Lang,
): [ReplicationResult[], ReplicationResult[]] {
  const run = (doc: ProcessDocument) => {
    const plan = prepareSimulation(doc, REPORT_SIMULATION, { lang });
    return Array.from({ length: REPORT_SIMULATION.replications }, (_, i) =>
      runReplicationSync(plan, undefined, i, { lang, recordLog: i === 0 }),
    );
  };
  return [run(asIs), run(toBe)];
}

/** The case to draw: the one asked for if both logs have it, else one of median length. */
function pickCase(
  a: readonly LoggedStep[],
  b: readonly LoggedStep[],
  asked?: number,
): number | undefined {
  const ids = casesInBoth(a, b);
  if (asked !== undefined) return ids.includes(asked) ? asked : undefined;
  return ids[Math.floor(ids.length / 2)];
}

/**
 * `flowsmith report AS_IS TO_BE -o OUT.html|pdf|docx|md [--format …] [--lang] [--simulate] [--case N]`:
 * the improvement report of a comparison — page 1 for an executive (headline, before/after chart,
 * recommendation, next steps, risks), the changes grouped with the findings behind them, KPI
 * table, what each change contributes, both maps with the changes outlined, role timelines, the
 * edit log in an appendix — as standalone HTML (no scripts), PDF (Chromium), DOCX or Markdown,
 * the format following `-o`'s ending (resolveOutputFormat). `--simulate` adds simulated figures
 * with paired 95 % intervals (2,000 cases × 5 replications, seed 1) and a simulated case's
 * timeline. Exit 1 invalid process, 2 I/O, Chromium or a format that does not match `-o`.
 */
export const registerReport: RegisterCommand = (program: Command) => {
  program
    .command('report')
    .description(
      'write the improvement report comparing an as-is and a to-be process (html, pdf, docx or md)',
    )
    .argument('<asIs>', 'the current process')
    .argument('<toBe>', 'the improved process')
    .addOption(
      new Option('--format <format>', "html, pdf, docx or md (default: -o's file ending)").choices(
        DOCUMENT_FORMATS,
      ),
    )
    .requiredOption('-o, --output <out>', 'the file to write; its ending picks the format')
    .addOption(langOption().default(undefined, 'the as-is process language'))
    .option('--simulate', 'also simulate both (2,000 cases × 5 replications, seed 1)')
    .option(
      '--case <id>',
      'with --simulate: the simulated case to draw (default: one of median length)',
    )
    .addHelpText(
      'after',
      '\nExample: flowsmith report examples/purchase-approval-as-is.flow.json examples/purchase-approval-to-be.flow.json --format pdf -o report.pdf --simulate\n',
    )
    .action(async (asIsFile: string, toBeFile: string, options: ReportOptions) => {
      const messages = langOf(options);
      const format = resolveOutputFormat(options, DOCUMENT_FORMATS, 'html', messages);
      const askedCase =
        options.case === undefined
          ? undefined
          : wholeNumberOption(options.case, '--case', messages, 0, Number.MAX_SAFE_INTEGER);
      const asIs = (await loadProcessFile(asIsFile, { lang: messages })).document;
      const toBe = (await loadProcessFile(toBeFile, { lang: messages })).document;
      const lang: Lang =
        options.lang === 'en' || options.lang === 'zh-CN'
          ? options.lang
          : resolveLang(asIs.language);
      const [pa, pb] = await Promise.all([layoutForSop(asIs), layoutForSop(toBe)]);
      let simulation: SimulatedComparison | undefined;
      let simulatedCase: Parameters<typeof buildComparisonReport>[0]['simulatedCase'];
      if (options.simulate) {
        const [ra, rb] = simulate(asIs, toBe, messages);
        const c = compareResults(ra, rb);
        simulation = {
          pairs: c.pairs,
          casesPerReplication: REPORT_SIMULATION.cases,
          seed: REPORT_SIMULATION.seed,
          metrics: c.metrics,
        };
        const la = ra[0]!.log ?? [];
        const lb = rb[0]!.log ?? [];
        const caseId = pickCase(la, lb, askedCase);
        if (caseId !== undefined)
          simulatedCase = {
            caseId,
            asIs: simulatedCaseTimeline(asIs, la, caseId),
            toBe: simulatedCaseTimeline(toBe, lb, caseId),
          };
      }
      const tree = buildComparisonReport({
        asIs,
        toBe,
        lang,
        diff: diffProcesses(asIs, toBe),
        positions: { ...(pa ? { asIs: pa } : {}), ...(pb ? { toBe: pb } : {}) },
        ...(simulation ? { simulation } : {}),
        ...(simulatedCase ? { simulatedCase } : {}),
      });
      await writeDocument(reportToSopTree(tree), format, options.output, messages);
    });
};
