/**
 * `pnpm bench [name...]`: runs every benchmark in scripts/bench/ (or the named ones) one after
 * another in child processes, so each gets a fresh heap, and prints their reports. Each
 * benchmark is a standalone script that prints Markdown; docs/benchmarks.md records the figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const chosen = wanted.length ? all.filter((f) => wanted.some((w) => f.includes(w))) : all;
if (chosen.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}; there are: ${all.join(', ')}`);
  process.exit(2);
}
console.log(
  `# Flowsmith benchmarks\n\nnode ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${new Date().toISOString()}\n`,
);
// The editor benchmark drives the built app: build it first so it measures the code as it is.
if (chosen.some((f) => f.startsWith('editor'))) {
  console.log('building the app for the editor benchmark…');
  const build = spawnSync('pnpm', ['-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let failed = 0;
for (const file of chosen) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  // The workspace packages' source (not their build), as in the tests: docs/cli.md, "Built packages".
  const args = ['--conditions=@flowsmith/source', '--import', 'tsx', join(dir, file)];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${file} failed with exit code ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
