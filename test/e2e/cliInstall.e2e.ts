/**
 * Issue 17 item 1: the packed CLI installs globally on a clean prefix and runs from there — plain
 * JavaScript, no tsx and no workspace package, only playwright-core downloaded (from the npm
 * registry, or npm's cache) — with the commands the README shows, a simulation on worker threads
 * included. `pnpm pack` builds the CLI first (its `prepack`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');
let dir = '';
let flowsmith = '';

/** Runs a program, failing the test with its output when it cannot start. */
function run(command: string, args: string[], cwd = dir): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return r;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-install-'));
  const pack = run('pnpm', ['pack', '--pack-destination', dir], join(root, 'packages/cli'));
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = (await readdir(dir)).find((f) => f.endsWith('.tgz'))!;
  const install = run('npm', [
    'install',
    '--global',
    '--prefix',
    join(dir, 'prefix'),
    join(dir, tarball),
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
  ]);
  expect(install.status, install.stderr).toBe(0);
  flowsmith = join(dir, 'prefix', 'bin', 'flowsmith');
});

afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the packed CLI, installed globally', () => {
  it('ships no workspace: range and no TypeScript, and installs only playwright-core besides', async () => {
    const installed = join(dir, 'prefix', 'lib', 'node_modules', '@flowsmith', 'cli');
    const manifest = await readFile(join(installed, 'package.json'), 'utf8');
    expect(manifest).not.toContain('workspace:');
    expect(JSON.parse(manifest).bin).toEqual({ flowsmith: './dist/bin.js' });
    const files = await readdir(join(installed, 'dist'), { recursive: true });
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    const modules = await readdir(join(installed, 'node_modules'));
    expect(modules.filter((m) => !m.startsWith('.'))).toEqual(['playwright-core']);
  });

  it('runs the README commands from a folder outside the repository', async () => {
    const asIs = join(examples, 'purchase-approval-as-is.flow.json');
    const toBe = join(examples, 'purchase-approval-to-be.flow.json');
    const version = run(flowsmith, ['--version']);
    expect(version.stdout.trim()).toBe('0.1.0');
    const validate = run(flowsmith, ['validate', asIs]);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('valid');
    const convert = run(flowsmith, ['convert', examples, '--out-dir', 'bpmn', '--to', 'bpmn']);
    expect(convert.status, convert.stderr).toBe(0);
    expect((await readdir(join(dir, 'bpmn'))).filter((f) => f.endsWith('.bpmn')).length).toBe(
      (await readdir(examples)).filter((f) => f.endsWith('.flow.json')).length,
    );
    const analyze = run(flowsmith, ['analyze', asIs, '--json']);
    expect(JSON.parse(analyze.stdout)).toMatchObject({ schemaVersion: 1, command: 'analyze' });
    const simulate = run(flowsmith, [
      ...['simulate', asIs, '--cases', '300', '--replications', '4', '--workers', '2', '--json'],
    ]);
    expect(simulate.status, simulate.stderr).toBe(0);
    expect(JSON.parse(simulate.stdout).result.cases).toBe(1200);
    for (const args of [
      ['compile', asIs, '-o', 'machine.ts'],
      ['sop', asIs, '--format', 'md', '-o', 'sop.md'],
      ['diff', asIs, toBe],
    ]) {
      const r = run(flowsmith, args);
      expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
    }
  });
});
