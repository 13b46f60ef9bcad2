import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateProcess } from '@flowsmith/model';
import { runCapture } from '../../packages/cli/src/testing/runCapture';
import { jsonResult } from '../../packages/cli/src/testing/jsonResult';
import { tempDir } from '../../packages/cli/src/testing/tempDir';

/**
 * Issue 14: a large generated process through every command, in-process. Each command
 * must end with a clear result — its output, or a refusal sentence with the exit code docs/cli.md
 * gives — never a crash (a raw stack, "Maximum call stack size exceeded", a RangeError). Time and
 * memory per command are recorded in docs/benchmarks.md ("Large inputs"); here the bound is the
 * per-test timeout, a guard only.
 *
 * The unit run uses the 20,000 steps (about 90 s on two cores); `FLOWSMITH_LARGE_STEPS=5000
 * pnpm exec vitest run test/large` is a quicker look at the same code paths (every large-input
 * threshold — 2,000 steps: the simple layout, one-sequence numbering — is below it).
 */
const STEPS = Number(process.env.FLOWSMITH_LARGE_STEPS ?? 20_000);
const { file } = tempDir('large');

beforeAll(async () => {
  const doc = generateProcess({ steps: STEPS, seed: 1 });
  await writeFile(file('big.flow.json'), JSON.stringify(doc));
  // the to-be: a few renamed tasks (diff, compare and report need two documents)
  const toBe = {
    ...doc,
    steps: doc.steps.map((s, i) =>
      i % 997 === 5 && s.type === 'task' ? { ...s, name: `${s.name} (new)` } : s,
    ),
  };
  await writeFile(file('big-b.flow.json'), JSON.stringify(toBe));
  // without positions: sop must lay it out itself (ELK overflowed its stack here)
  const bare = { ...doc, steps: doc.steps.map(({ position: _p, ...s }) => s) };
  await writeFile(file('bare.flow.json'), JSON.stringify(bare));
});

const crashed = /RangeError|TypeError|Maximum call stack|\n\s+at /;
const few = ['--cases', '20', '--replications', '1', '--workers', '1'];

async function run(...args: string[]) {
  const r = await runCapture(...args);
  expect(r.stderr).not.toMatch(crashed);
  return r;
}

describe(`every command on ${STEPS.toLocaleString('en')} steps`, { timeout: 300_000 }, () => {
  it('validate', async () => {
    const r = await run('validate', file('big.flow.json'));
    expect(r.code).toBe(0);
  });

  it('convert to BPMN and back (or a refusal that says why)', async () => {
    const to = await run('convert', file('big.flow.json'), '-o', file('big.bpmn'));
    expect(to.code).toBe(0);
    const back = await run('convert', file('big.bpmn'), '-o', file('back.flow.json'));
    if (back.code === 0)
      expect((await readFile(file('back.flow.json'), 'utf8')).length).toBeGreaterThan(0);
    else expect(back.stderr).toMatch(/BPMN import takes at most/);
  });

  it('analyze: findings, each with its suggestions', async () => {
    const r = await run('analyze', file('big.flow.json'), '--json');
    expect([0, 1]).toContain(r.code);
    const { findings } = jsonResult<{
      files: Array<{ findings: Array<{ suggestions: unknown[] }> }>;
    }>(r).files[0]!;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.suggestions.length > 0)).toBe(true);
  });

  it('improve: writes a to-be with its changes', async () => {
    const r = await run('improve', file('big.flow.json'), '-o', file('to-be.flow.json'), '--json');
    expect(r.code).toBe(0);
    expect(jsonResult<{ changes: unknown[] }>(r).changes.length).toBeGreaterThan(0);
  });

  it('simulate with few cases', async () => {
    const r = await run('simulate', file('big.flow.json'), ...few, '--json');
    expect(r.code).toBe(0);
    expect(jsonResult<{ cases: number }>(r).cases).toBeGreaterThan(0);
  });

  it('compare with few cases', async () => {
    const r = await run('compare', file('big.flow.json'), file('big-b.flow.json'), ...few);
    expect(r.code).toBe(0);
  });

  it('compile to TypeScript', async () => {
    const r = await run('compile', file('big.flow.json'), '-o', file('machine.ts'));
    expect(r.code).toBe(0);
  });

  it('sop md, with positions and without (a simplified layout)', async () => {
    const a = await run('sop', file('big.flow.json'), '--format', 'md');
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(STEPS);
    const b = await run('sop', file('bare.flow.json'), '--format', 'md');
    expect(b.code).toBe(0);
  });

  it('jobs md', async () => {
    const r = await run('jobs', file('big.flow.json'), '--format', 'md');
    expect(r.code).toBe(0);
  });

  it('diff', async () => {
    const r = await run('diff', file('big.flow.json'), file('big-b.flow.json'));
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toContain('(new)');
  });

  it('report html', async () => {
    const r = await run(
      'report',
      file('big.flow.json'),
      file('big-b.flow.json'),
      '-o',
      file('report.html'),
    );
    expect(r.code).toBe(0);
  });
});
