import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  formatMessage,
  parseProcess,
  type Lang,
  type MessageTable,
  type ProcessDocument,
  type Problem,
} from '@flowsmith/model';
import { CliError } from '../CliError';
import { bpmnFormat, bpmnWarningProblem, readBpmnFile } from './bpmnFormat';
import { formatOfPath } from './processFormats';
import { ioMessages } from './ioMessages';
import { loadProcessFile, problemLine, stripEnding } from './readProcessFile';

type Params = {
  invalid: { file: string; count: number };
  oneInput: Record<string, never>;
};

const messages: MessageTable<Params> = {
  invalid: {
    en: (p) => `${p.file}: ${p.count} problem(s) in the simulation parameters; nothing written`,
    'zh-CN': (p) => `${p.file}：仿真参数有 ${p.count} 个问题，未写出`,
  },
  oneInput: {
    en: () => '--simulation applies to one input written with -o',
    'zh-CN': () => '--simulation 只用于一个输入，并用 -o 指定输出',
  },
};

/** The call is wrong: `--simulation` goes with one input and `-o` (exit 2). */
export function simulationNeedsOneInput(lang: Lang): CliError {
  return new CliError(formatMessage(messages, 'oneInput', {}, lang), 2, 'simulation.oneInput');
}

/**
 * Loads the process file `input` for `--simulation`: like `loadProcessFile`, but a BPMN file's own
 * BPSim/QBP data is left out — the parameters come from the Prosimos file (Prosimos ignores them
 * too). Throws a `CliError` as `loadProcessFile` does.
 */
export async function loadForSimulation(
  input: string,
  lang: Lang,
): Promise<{ document: ProcessDocument; warnings: Problem[]; companions: ProcessDocument[] }> {
  if (formatOfPath(input) !== bpmnFormat)
    return loadProcessFile(input, { lang, unreadableExit: 1 });
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    return loadProcessFile(input, { lang, unreadableExit: 1 }); // says why, exit 2
  }
  const fileName = stripEnding(basename(input), bpmnFormat.extensions);
  const r = await readBpmnFile(text, { lang, simulation: false, fileName });
  if (r.ok) return { document: r.document, warnings: r.warnings, companions: r.companions };
  const head = r.unreadable
    ? formatMessage(
        ioMessages,
        'file.syntax',
        { file: input, detail: r.problems.map((p) => p.message).join('; ') },
        lang,
      )
    : formatMessage(ioMessages, 'file.invalid', { file: input, count: r.problems.length }, lang);
  const lines = r.unreadable ? [head] : [head, ...r.problems.map((p) => problemLine(input, p))];
  throw new CliError(lines.join('\n'), 1, r.unreadable ? 'file.syntax' : 'file.invalid');
}

/**
 * Applies the Prosimos parameters file at `path` (docs/bpmn.md "Simulation parameters") to the
 * documents of the process file `input` (main first) and checks the result like any process document. Throws a
 * `CliError`: exit 2 when the file cannot be read, 1 when it is not Prosimos JSON (every problem as
 * `PARAMS: json.path: message`) or the result is invalid. Warnings name the element ids.
 */
export async function applySimulationFile(
  input: string,
  path: string,
  documents: { document: ProcessDocument; companions: ProcessDocument[] },
  lang: Lang,
): Promise<{ document: ProcessDocument; companions: ProcessDocument[]; warnings: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(
      formatMessage(ioMessages, 'file.unreadable', { file: path, reason }, lang),
      2,
      'file.unreadable',
    );
  }
  const { applyProsimos } = await import('@flowsmith/bpmn');
  const result = applyProsimos([documents.document, ...documents.companions], text, { lang });
  if (!result.ok) {
    const head = formatMessage(
      messages,
      'invalid',
      { file: path, count: result.problems.length },
      lang,
    );
    throw new CliError(
      [head, ...result.problems.map((p) => problemLine(path, p))].join('\n'),
      1,
      'simulation.invalid',
    );
  }
  const [main, ...rest] = result.documents.map((d) => parseProcess(d, { lang }));
  const bad = [main, ...rest].find((r) => r && !r.ok);
  if (!main || !main.ok || (bad && !bad.ok)) {
    const problems = bad && !bad.ok ? bad.problems : [];
    const head = formatMessage(
      ioMessages,
      'file.invalid',
      { file: `${input} + ${path}`, count: problems.length },
      lang,
    );
    throw new CliError(
      [head, ...problems.map((p) => problemLine(input, p))].join('\n'),
      1,
      'file.invalid',
    );
  }
  const companions = rest.flatMap((r) => (r?.ok ? [r.document] : []));
  return {
    document: main.document,
    companions,
    warnings: result.warnings.map(bpmnWarningProblem),
  };
}
