/**
 * CLI fuzz suite (issue 14, "make it stay fixed"): mutated `.flow.json` and BPMN files — truncated,
 * bytes flipped, wrong types and extreme numbers, huge attributes, deep nesting, `<script>`,
 * `__proto__`, Chinese and emoji — through every command, in-process, from a fixed seed. Every run
 * ends with exit 0, 1 or 2 and a sentence on stderr (or JSON on stdout with `--json`): never an
 * uncaught exception, a raw stack trace, a hang past the budget, or a polluted prototype.
 * FUZZ_SEED=<n> explores other inputs; a failure names the seed file and the mutations.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture, type CliRun } from '../../packages/cli/src/testing/runCapture';
import { tempDir } from '../../packages/cli/src/testing/tempDir';
import { mutate, seededRandom } from './cliMutations';

const SEED = process.env.FUZZ_SEED === undefined ? 20261206 : Number(process.env.FUZZ_SEED);
/** Mutated variants of each seed file. */
const VARIANTS = Number(process.env.FUZZ_VARIANTS ?? 4);
/** Longest one command may take on one input before it counts as a hang. */
const BUDGET_MS = 20_000;

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const SEEDS: Array<{ file: string; kind: 'json' | 'bpmn' }> = [
  ...[
    'purchase-approval-as-is',
    'purchase-approval-to-be',
    'customer-complaint',
    'employee-onboarding',
    'expense-reimbursement-as-is',
    'it-incident-management',
    'order-to-cash',
  ].map((name) => ({ file: join(root, 'examples', `${name}.flow.json`), kind: 'json' as const })),
  ...[
    'camunda-bpm-examples/deployment/embedded-spring-rest/src/main/resources/loanApproval.bpmn',
    'camunda-bpm-examples/multi-tenancy/tenant-identifier-shared-definitions/src/main/resources/processes/default/mainProcess.bpmn',
    'bpmnlint/docs/rules/examples/conditional-flows-correct.bpmn',
    'bpmn-miwg-test-suite/Reference/A.2.0.bpmn',
  ].map((path) => ({ file: join(corpus, path), kind: 'bpmn' as const })),
];

const SMALL_RUN = ['--cases', '100', '--replications', '2', '--workers', '1'];

/** Every command on IN (its original beside it as ORIG), `json` when stdout must be JSON. */
function calls(input: string, original: string, out: (name: string) => string) {
  return [
    { args: ['validate', input, '--json'], json: true },
    { args: ['convert', input, '-o', out('c.flow.json'), '--json'], json: true },
    { args: ['convert', input, '-o', out('c.bpmn')], json: false },
    { args: ['analyze', input, '--json'], json: true },
    { args: ['improve', input, '-o', out('i.flow.json'), '--json'], json: true },
    { args: ['simulate', input, ...SMALL_RUN, '--json'], json: true },
    { args: ['compare', original, input, ...SMALL_RUN, '--json'], json: true },
    { args: ['compile', input, '-o', out('m.ts')], json: false },
    { args: ['run', input, '--events', out('events.json'), '--json'], json: true },
    { args: ['sop', input, '--format', 'html', '-o', out('sop.html')], json: false },
    { args: ['jobs', input, '--format', 'md'], json: false },
    { args: ['diff', original, input, '--json'], json: true },
    { args: ['report', original, input, '-o', out('report.html')], json: false },
  ] as const;
}

/** The run, or a rejection when it takes longer than the budget (a hang). */
async function withinBudget(args: readonly string[]): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`over ${BUDGET_MS} ms`)), BUDGET_MS);
  });
  try {
    return await Promise.race([runCapture(...args), budget]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with one run, or undefined when it ended as docs/cli.md says. */
function fault(run: CliRun, json: boolean | 'ok'): string | undefined {
  if (![0, 1, 2].includes(run.code)) return `exit ${run.code}`;
  if (/\n\s+at .+[(:]\d+/.test(run.stderr + run.stdout)) return 'a stack trace';
  if (/internal error|内部错误/.test(run.stderr)) return run.stderr.trim().slice(0, 300);
  if (/\b(TypeError|RangeError|ReferenceError|Maximum call stack)\b/.test(run.stderr))
    return `a raw error: ${run.stderr.slice(0, 200)}`;
  if (run.code !== 0 && run.stderr.trim().length < 10 && !(json === true && run.stdout))
    return 'no sentence on stderr';
  if (json === true || (json === 'ok' && run.code === 0)) {
    try {
      JSON.parse(run.stdout);
    } catch {
      return `stdout is not JSON: ${run.stdout.slice(0, 120)}`;
    }
  }
  return undefined;
}

const dir = tempDir('cli-fuzz');

describe(`CLI fuzz (seed ${SEED})`, () => {
  it('every command ends every mutated input with 0, 1 or 2 and a sentence or JSON', async () => {
    const random = seededRandom(SEED);
    const faults: string[] = [];
    let runs = 0;
    for (const [s, seed] of SEEDS.entries()) {
      const text = await readFile(seed.file, 'utf8');
      const ext = seed.kind === 'json' ? '.flow.json' : '.bpmn';
      for (const [v, variant] of mutate(text, seed.kind, random, VARIANTS).entries()) {
        // A folder per input: commands read the .flow.json files beside their input.
        const folder = join(dir.path, `${s}-${v}`);
        await mkdir(folder);
        const input = join(folder, `fuzzed${ext}`);
        const original = join(folder, `original${ext}`);
        await writeFile(input, variant.data);
        await writeFile(original, text);
        const out = (name: string) => join(folder, 'out', name);
        await mkdir(join(folder, 'out'));
        await writeFile(out('events.json'), '[]');
        for (const call of calls(input, original, out)) {
          runs++;
          const where = `${seed.file.split('/').pop()} [${variant.names.join(' + ')}] ${call.args[0]}`;
          try {
            // Every other input in Chinese, so both languages' messages are exercised.
            const lang = v % 2 === 0 ? 'en' : 'zh-CN';
            const problem = fault(await withinBudget([...call.args, '--lang', lang]), call.json);
            if (problem) faults.push(`${where}: ${problem}`);
          } catch (error) {
            faults.push(`${where}: threw ${String(error).split('\n')[0]}`);
          }
        }
      }
    }
    expect(faults).toEqual([]);
    expect(runs).toBe(SEEDS.length * VARIANTS * 13);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('capacity');
  }, 240_000);
});
