import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import { analyze, blocksSimulation } from '@flowsmith/analysis';
import {
  implausibleResult,
  prepareSimulation,
  SimulationError,
  validateScenario,
  type ReplicationResult,
  type SimulationPlan,
} from '@flowsmith/simulation';
import { CliError } from '../CliError';
import { wholeNumberOption } from '../io/wholeNumberOption';
import { loadForAnalysis } from '../io/loadForAnalysis';
import { processesBeside } from '../io/processesBeside';
import { ProgressBar } from './ProgressBar';
import { CancelledError, runReplications } from './runReplications';
import { label } from './simulationMessages';

/** The options `simulate` and `compare` share, as commander parses them. */
export interface SimulationCliOptions {
  cases?: string;
  horizon?: string;
  replications?: string;
  warmup?: string;
  seed?: string;
  scenario?: string;
  workers?: string;
  json?: boolean;
  lang?: string;
}

/** Adds the shared options to a command. */
export function addSimulationOptions(command: Command): Command {
  return command
    .option('--cases <n>', 'measured cases per replication (default 10000)')
    .option('--horizon <time>', 'simulate a span of time instead, e.g. 30d, 12h, 600 (minutes)')
    .option('--replications <r>', 'independent replications (default 10)')
    .option(
      '--warmup <n|time>',
      'cases (or a time such as 2d) discarded at the start (default 10 % of the cases)',
    )
    .option(
      '--seed <s>',
      'seed of the random streams (default 1); the same seed gives the same output',
    )
    .option(
      '--scenario <file>',
      'a scenario .json: overrides, case attributes, … (see docs/simulation.md)',
    )
    .addOption(new Option('--workers <n>', 'worker threads (default: every core)'))
    .option('--json', 'print the results as JSON (times in minutes)');
}

/** A process ready to simulate: the document, its subprocess children, and the compiled plan. */
export interface LoadedRun {
  file: string;
  document: ProcessDocument;
  children: ProcessDocument[];
  plan: SimulationPlan;
}

/**
 * Loads FILE and the scenario (file, then command-line options on top), refusing what cannot
 * be simulated meaningfully: an invalid document, an `error` finding of the analysis (overload
 * is left to the engine, which knows the scenario's overrides and refuses it on a horizon), an
 * invalid scenario. Throws `CliError` with every reason.
 */
export async function loadRun(
  file: string,
  options: SimulationCliOptions,
  lang: Lang,
): Promise<LoadedRun> {
  const document = await loadForAnalysis(file, lang);
  const childMap = await processesBeside(file, document, lang);
  const resolveProcess = (id: string): ProcessDocument | undefined => childMap.get(id);
  const errors = analyze(document, { lang, suggestions: false, resolveProcess }).findings.filter(
    blocksSimulation,
  );
  if (errors.length) {
    throw new CliError(
      [label(lang, 'refused', { file }), ...errors.map((f) => `  ${f.kind}: ${f.message}`)].join(
        '\n',
      ),
      1,
    );
  }
  // A wrong value on the command line is a wrong call (exit 2), named by its option.
  const fromOptions = cliScenario(options);
  const optionCheck = validateScenario(fromOptions, { document, lang });
  if (!optionCheck.ok) {
    throw new CliError(
      optionCheck.problems.map((p) => `${p.path ? `--${p.path}: ` : ''}${p.message}`).join('\n'),
      2,
    );
  }
  const raw = { ...(await readScenarioFile(options.scenario, lang)), ...fromOptions };
  const checked = validateScenario(raw, { document, lang });
  if (!checked.ok) {
    const where = options.scenario ?? 'scenario';
    throw new CliError(
      [
        label(lang, 'scenarioInvalid', { file: where, count: checked.problems.length }),
        ...checked.problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`),
      ].join('\n'),
      1,
    );
  }
  try {
    const plan = prepareSimulation(document, checked.scenario, { resolveProcess, lang });
    return { file, document, children: [...childMap.values()], plan };
  } catch (error) {
    if (error instanceof SimulationError) {
      throw new CliError(
        [
          label(lang, 'refused', { file }),
          ...error.problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`),
        ].join('\n'),
        1,
      );
    }
    throw error;
  }
}

/**
 * Runs the replications of one or more loaded processes with a progress bar on stderr (when it
 * is a terminal) and Ctrl-C stopping cleanly: workers are terminated and `null` is returned.
 */
export async function runWithProgress(
  runs: LoadedRun[],
  options: SimulationCliOptions,
  lang: Lang,
  recordLog = false,
): Promise<ReplicationResult[][] | null> {
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = new ProgressBar(process.stderr, 'simulate');
  const workers =
    options.workers !== undefined
      ? wholeNumberOption(options.workers, '--workers', lang, 1, 256)
      : undefined;
  try {
    const all: ReplicationResult[][] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      all.push(
        await runReplications({
          document: run.document,
          plan: run.plan,
          children: run.children,
          workers,
          recordLog,
          lang,
          signal: controller.signal,
          onProgress: (f) => bar.update((i + f) / runs.length),
        }),
      );
      // A result that cannot be right (0 measured cases, NaN) is refused, never printed.
      const wrong = implausibleResult(all[i]!, run.plan.scenario, lang);
      if (wrong)
        throw new CliError(`${label(lang, 'refused', { file: run.file })}\n  ${wrong.message}`, 1);
    }
    return all;
  } catch (error) {
    if (error instanceof CancelledError) {
      bar.done();
      process.stderr.write(`flowsmith: ${label(lang, 'cancelled')}\n`);
      process.exitCode = 130;
      return null;
    }
    throw error;
  } finally {
    bar.done();
    process.removeListener('SIGINT', onSigint);
  }
}

async function readScenarioFile(
  path: string | undefined,
  lang: Lang,
): Promise<Record<string, unknown>> {
  if (path === undefined) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      label(lang, 'scenarioUnreadable', {
        file: path,
        reason: (error as NodeJS.ErrnoException).code ?? String(error),
      }),
      2,
    );
  }
  try {
    const value: unknown = JSON.parse(text);
    return value as Record<string, unknown>;
  } catch (error) {
    throw new CliError(
      label(lang, 'scenarioUnreadable', { file: path, reason: (error as Error).message }),
      2,
    );
  }
}

/** The scenario settings given on the command line, as scenario keys (validated with the file's). */
function cliScenario(o: SimulationCliOptions): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  const num = (v: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);
  if (o.cases !== undefined) s.cases = num(o.cases);
  if (o.horizon !== undefined) s.horizon = num(o.horizon);
  if (o.replications !== undefined) s.replications = num(o.replications);
  if (o.warmup !== undefined) s.warmup = num(o.warmup);
  if (o.seed !== undefined) s.seed = num(o.seed);
  return s;
}
