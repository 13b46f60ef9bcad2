import { Option, type Command } from 'commander';
import {
  formatMessage,
  type Lang,
  type MessageTable,
  type ProcessDocument,
} from '@flowsmith/model';
import { analyze, type FindingKind } from '@flowsmith/analysis';
import {
  CompileError,
  compileWarnings,
  emitMachineConfig,
  emitTypeScript,
} from '@flowsmith/compiler';
import { CliError } from '../CliError';
import { langOf, langOption } from '../io/langOption';
import { loadProcessFile } from '../io/readProcessFile';
import { writeFileAtomically } from '../io/writeFileAtomically';
import { processesBeside } from '../io/processesBeside';
import type { RegisterCommand } from './RegisterCommand';

/** The messages of `compile` and `run`, in English and zh-CN. */
export const compileRunMessages: MessageTable<{
  'compile.written': { from: string; to: string; target: string };
  'compile.refused': { file: string; count: number };
  'compile.cannot': { file: string };
  'compile.finding': { kind: string; steps: string; message: string };
  'compile.timeScale': { value: string };
}> = {
  'compile.timeScale': {
    en: (p) => `--time-scale must be a number of at least 0, not "${p.value}"`,
    'zh-CN': (p) => `--time-scale 必须是不小于 0 的数，而不是 "${p.value}"`,
  },
  'compile.written': {
    en: (p) => `${p.from} → ${p.to} (${p.target})`,
    'zh-CN': (p) => `${p.from} → ${p.to}（${p.target}）`,
  },
  'compile.refused': {
    en: (p) =>
      `${p.file}: not compiled: the process has ${p.count} structural ${p.count === 1 ? 'error' : 'errors'}; fix ${p.count === 1 ? 'it' : 'them'} first (flowsmith analyze shows more)`,
    'zh-CN': (p) =>
      `${p.file}：未编译：流程有 ${p.count} 个结构错误；请先修正（flowsmith analyze 可查看详情）`,
  },
  'compile.cannot': {
    en: (p) => `${p.file}: cannot be compiled into a state machine:`,
    'zh-CN': (p) => `${p.file}：无法编译为状态机：`,
  },
  'compile.finding': {
    en: (p) => `  ✗ ${p.kind}${p.steps ? ` [${p.steps}]` : ''}: ${p.message}`,
    'zh-CN': (p) => `  ✗ ${p.kind}${p.steps ? ` [${p.steps}]` : ''}：${p.message}`,
  },
};

// Capacity findings concern simulation (how busy people are), not whether a case can be executed.
const NOT_STRUCTURAL: ReadonlySet<FindingKind> = new Set([
  'overload',
  'bottleneck',
  'no-arrival',
  'idle-role',
]);

/**
 * Loads FILE for compiling: a valid document, the documents its subprocesses run (beside it), and
 * no structural error finding of the analysis — otherwise a CliError (exit 1) naming each finding.
 * Shared by `compile` and `run`.
 */
export async function loadCompilable(
  file: string,
  lang: Lang,
): Promise<{
  document: ProcessDocument;
  resolveProcess: (id: string) => ProcessDocument | undefined;
}> {
  const { document } = await loadProcessFile(file, { lang });
  const children = await processesBeside(file, document, lang);
  const resolveProcess = (id: string) => children.get(id);
  const errors = analyze(document, { lang, suggestions: false, resolveProcess }).findings.filter(
    (f) => f.severity === 'error' && !NOT_STRUCTURAL.has(f.kind),
  );
  if (errors.length > 0) {
    const lines = errors.map((f) =>
      formatMessage(
        compileRunMessages,
        'compile.finding',
        { kind: f.kind, steps: f.steps.join(', '), message: f.message },
        lang,
      ),
    );
    throw new CliError(
      [
        formatMessage(compileRunMessages, 'compile.refused', { file, count: errors.length }, lang),
        ...lines,
      ].join('\n'),
      1,
    );
  }
  return { document, resolveProcess };
}

/** Rethrows a CompileError as a CliError (exit 1) listing its problems in `lang`. */
export function compileFailure(error: unknown, file: string, lang: Lang): never {
  if (!(error instanceof CompileError)) throw error;
  const lines = error
    .problemsIn(lang)
    .map((p) => `  ✗ ${p.code} [${p.ids.join(', ')}]: ${p.message}`);
  throw new CliError(
    [formatMessage(compileRunMessages, 'compile.cannot', { file }, lang), ...lines].join('\n'),
    1,
  );
}

/**
 * `flowsmith compile FILE --target xstate-ts|xstate-json -o OUT`: the process as an XState v5
 * machine — a TypeScript module (imports only `xstate`, exports `machine`) or its JSON config.
 * Prints the compiler's warnings (a default branch that skips a control) after the file written.
 * Exit 1 for an invalid document, a structural error finding or a process the compiler refuses
 * (each named); 2 when a file cannot be read or written.
 */
export const registerCompile: RegisterCommand = (program: Command) => {
  program
    .command('compile')
    .description('compile a process into an XState v5 state machine (TypeScript module or JSON)')
    .argument('<file>', 'the process file to compile (.flow.json)')
    .addOption(
      new Option(
        '--target <target>',
        'xstate-ts: a TypeScript module; xstate-json: the machine config',
      )
        .choices(['xstate-ts', 'xstate-json'])
        .default('xstate-ts'),
    )
    .requiredOption('-o, --output <out>', 'the file to write (e.g. purchase.machine.ts)')
    .option('--time-scale <factor>', 'timer milliseconds = minutes × 60000 × factor (default 1)')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 invalid, structural errors or not compilable (each named),\n' +
        '2 a file cannot be read or written. Subprocesses are compiled from the .flow.json files beside FILE.\n' +
        'Warnings (a decision whose default branch skips a control) are printed after the file written.\n' +
        'Example: flowsmith compile examples/purchase-approval-to-be.flow.json -o purchase.machine.ts\n',
    )
    .action(
      async (
        file: string,
        options: { target: string; output: string; timeScale?: string; lang?: string },
      ) => {
        const lang = langOf(options);
        const timeScale =
          options.timeScale === undefined
            ? undefined
            : options.timeScale.trim() === ''
              ? NaN
              : Number(options.timeScale);
        if (timeScale !== undefined && !(Number.isFinite(timeScale) && timeScale >= 0)) {
          throw new CliError(
            formatMessage(
              compileRunMessages,
              'compile.timeScale',
              { value: options.timeScale! },
              lang,
            ),
            2,
          );
        }
        const { document, resolveProcess } = await loadCompilable(file, lang);
        const compileOptions = { lang, resolveProcess, timeScale };
        let text: string;
        try {
          text =
            options.target === 'xstate-json'
              ? `${JSON.stringify(emitMachineConfig(document, compileOptions), null, 2)}\n`
              : emitTypeScript(document, compileOptions);
        } catch (error) {
          compileFailure(error, file, lang);
        }
        await writeFileAtomically(options.output, text, lang);
        const params = { from: file, to: options.output, target: options.target };
        // Warnings (compiler SPEC.md CM-WARN) go with the result: the machine is written anyway.
        const warnings = compileWarnings(document, lang).map(
          (w) => `  ! ${w.code} [${w.ids.join(', ')}]: ${w.message}`,
        );
        process.stdout.write(
          [
            formatMessage(compileRunMessages, 'compile.written', params, lang),
            ...warnings,
            '',
          ].join('\n'),
        );
      },
    );
};
