/**
 * CLI benchmark (issue 17): start-up of the built `flowsmith` bin beside `node -e 0` and bpmnlint's
 * bin, measured side by side (the commands interleaved, median of many runs; CPU time from
 * /usr/bin/time when present); a sweep of the BPMN corpus in one `convert` call and one `analyze`
 * call; and 8 simulation replications on 1 and 2 worker threads of the built CLI. Prints Markdown.
 *
 *   pnpm bench cli        (or: node --conditions=@flowsmith/source --import tsx scripts/bench/cli.bench.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error the build script is plain JavaScript without declarations
import { buildCli } from '../build/buildPackages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const corpus = join(root, '..', 'shared', 'corpus');
const example = join(root, 'examples', 'purchase-approval-as-is.flow.json');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const RUNS = 15;
const WORKER_RUNS = 5;

/** One run: wall seconds, CPU seconds (user + system) when /usr/bin/time is there, exit code. */
function once(
  command: string[],
  cwd = root,
): { wall: number; cpu: number; status: number; stdout: string } {
  const argv = timeBin ? [timeBin, '-f', 'CPU %U %S', ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 2 ** 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  const cpu = m ? Number(m[1]) + Number(m[2]) : NaN;
  return { wall, cpu, status: r.status ?? -1, stdout: r.stdout ?? '' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (x: number) => (Number.isFinite(x) ? `${x.toFixed(3)} s` : '–');

/** Runs every command `times` times, interleaved, and gives each one's medians. */
function sideBySide(
  commands: Array<{ label: string; argv: string[]; cwd?: string }>,
  times = RUNS,
) {
  const results = commands.map(() => ({ wall: [] as number[], cpu: [] as number[], status: 0 }));
  for (let i = 0; i < times; i++)
    commands.forEach((c, j) => {
      const r = once(c.argv, c.cwd);
      results[j]!.wall.push(r.wall);
      results[j]!.cpu.push(r.cpu);
      results[j]!.status = r.status;
    });
  return commands.map((c, j) => ({
    label: c.label,
    wall: median(results[j]!.wall),
    cpu: median(results[j]!.cpu),
    status: results[j]!.status,
  }));
}

async function startUp(dir: string): Promise<void> {
  const small = join(dir, 'small.bpmn');
  spawnSync(process.execPath, [bin, 'convert', example, '-o', small]);
  await writeFile(join(dir, '.bpmnlintrc'), JSON.stringify({ extends: 'bpmnlint:recommended' }));
  const bpmnlint = join(root, 'node_modules', '.bin', 'bpmnlint');
  const rows = sideBySide([
    { label: '`node -e 0`', argv: [process.execPath, '-e', '0'] },
    { label: '`flowsmith --version`', argv: [process.execPath, bin, '--version'] },
    {
      label: '`flowsmith validate small.flow.json`',
      argv: [process.execPath, bin, 'validate', example],
    },
    { label: '`flowsmith validate small.bpmn`', argv: [process.execPath, bin, 'validate', small] },
    { label: '`bpmnlint --version`', argv: [bpmnlint, '--version'] },
    { label: '`bpmnlint small.bpmn`', argv: [bpmnlint, small], cwd: dir },
  ]);
  const base = rows[0]!;
  console.log(`Start-up, median of ${RUNS} interleaved runs (wall; CPU = user + system):\n`);
  console.log('| command | wall | × `node -e 0` | CPU | exit |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.label} | ${s(r.wall)} | ${(r.wall / base.wall).toFixed(2)}× | ${s(r.cpu)} | ${r.status} |`,
    );
  const tsx = once([
    process.execPath,
    '--conditions=@flowsmith/source',
    '--import',
    'tsx',
    join(root, 'packages/cli/src/bin.ts'),
    'validate',
    example,
  ]);
  console.log(
    `\nFor reference, the same \`validate\` from the TypeScript source through tsx (one run): ${s(tsx.wall)} wall, ${s(tsx.cpu)} CPU.\n`,
  );
}

function bpmnFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(bpmn|bpmn2)$/i.test(f))
    .map((f) => join(dir, f));
}

function sweep(dir: string): void {
  if (!existsSync(corpus)) {
    console.log(`(no corpus at ${corpus}: sweep skipped)\n`);
    return;
  }
  const files = bpmnFiles(corpus);
  const out = join(dir, 'corpus');
  const convert = once([process.execPath, bin, 'convert', corpus, '--out-dir', out, '--json']);
  const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.flow.json'),
  ).length;
  const entries = (JSON.parse(convert.stdout) as { result: { files: Array<{ error?: unknown }> } })
    .result.files;
  const refused = entries.filter((e) => e.error !== undefined).length;
  const analyze = once([process.execPath, bin, 'analyze', out, '--json']);
  const analysed = (JSON.parse(analyze.stdout) as { result: { files: unknown[] } }).result.files;
  const single = files
    .slice(0, 10)
    .map(
      (f, i) =>
        once([process.execPath, bin, 'convert', f, '-o', join(dir, `one-${i}.flow.json`)]).wall,
    );
  const perFile = single.reduce((a, b) => a + b, 0) / single.length;
  console.log(
    `Sweep of \`${corpus}\`: ${files.length} BPMN files (\`.bpmn\`; the folder's \`.xml\` files are not picked from a folder).\n`,
  );
  console.log('| call | wall | CPU | result |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(
    `| \`flowsmith convert corpus/ --out-dir out/ --json\` (one call) | ${s(convert.wall)} | ${s(convert.cpu)} | ${entries.length - refused} converted, ${refused} refused (not BPMN, or invalid); ${written} documents written with the further processes of a file; exit ${convert.status} |`,
  );
  console.log(
    `| \`flowsmith analyze out/ --json\` (one call) | ${s(analyze.wall)} | ${s(analyze.cpu)} | ${analysed.length} documents analysed, exit ${analyze.status} |`,
  );
  console.log(
    `| one \`convert\` call per file (mean of the first 10, × ${files.length}) | ${s(perFile * files.length)} | – | ${s(perFile)} a call |\n`,
  );
}

function workers(): void {
  const args = ['simulate', example, '--cases', '100000', '--replications', '8', '--json'];
  const rows = sideBySide(
    [
      {
        label: '1 thread (`--workers 1`)',
        argv: [process.execPath, bin, ...args, '--workers', '1'],
      },
      {
        label: '2 worker threads (`--workers 2`)',
        argv: [process.execPath, bin, ...args, '--workers', '2'],
      },
    ],
    WORKER_RUNS,
  );
  console.log(
    `8 replications × 100,000 cases of \`purchase-approval-as-is\`, built CLI, median of ${WORKER_RUNS} interleaved runs:\n`,
  );
  console.log('| run | wall | CPU |');
  console.log('| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.label} | ${s(r.wall)} | ${s(r.cpu)} |`);
  console.log(
    `\n2 workers / 1 thread (wall): **${(rows[1]!.wall / rows[0]!.wall).toFixed(2)}×**\n`,
  );
}

await buildCli();
const dir = await mkdtemp(join(tmpdir(), 'flowsmith-cli-bench-'));
try {
  await startUp(dir);
  sweep(dir);
  workers();
} finally {
  await rm(dir, { recursive: true, force: true });
}
