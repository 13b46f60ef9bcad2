import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCli } from '../runCli';

let dir: string;
const file = (name: string) => join(dir, name);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(['node', 'flowsmith', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

type Delta = {
  asIs: number;
  toBe: number;
  delta: { mean: number; ci95: [number, number] };
  significant: boolean;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-compare-'));
  await writeFile(file('as-is.flow.json'), JSON.stringify(gallery.doubleApproval));
  // The to-be drops the second approval.
  const toBe = {
    ...gallery.doubleApproval,
    id: 'doubleApproval-to-be',
    steps: gallery.doubleApproval.steps.filter((s) => s.id !== 'approve2'),
    flows: [
      ...gallery.doubleApproval.flows.filter((f) => f.from !== 'approve2' && f.to !== 'approve2'),
      { id: 'check-pay', from: 'check', to: 'pay' },
    ],
  };
  await writeFile(file('to-be.flow.json'), JSON.stringify(toBe));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flowsmith compare', () => {
  it('gives paired differences with confidence intervals; shared steps draw the same numbers', async () => {
    const r = await run(
      'compare',
      file('as-is.flow.json'),
      file('to-be.flow.json'),
      '--cases',
      '2000',
      '--replications',
      '4',
      '--workers',
      '1',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { deltas: Record<string, Delta>; pairs: number };
    expect(j.pairs).toBe(4);
    const cycle = j.deltas['cycleTime.mean']!;
    expect(cycle.delta.mean).toBeLessThan(0);
    expect(cycle.significant).toBe(true);
    expect(cycle.delta.ci95[1]).toBeLessThan(0);
    // Common random numbers: the fill step sees the very same durations in both runs.
    expect(j.deltas['steps.fill.serviceMean']!.delta.mean).toBeCloseTo(0, 9);
    expect(j.deltas['steps.approve2.waitMean']).toBeUndefined();
  });

  it('prints a readable table with the significant differences marked', async () => {
    const r = await run(
      'compare',
      file('as-is.flow.json'),
      file('to-be.flow.json'),
      '--cases',
      '1000',
      '--replications',
      '3',
      '--workers',
      '1',
    );
    expect(r.stdout).toMatch(
      /cycleTime\.mean\s+[\d.]+\s+[\d.]+\s+-[\d.]+ ± [\d.]+ \(-[\d.]+ %\) \*/,
    );
    expect(r.stdout).toContain('roles.manager.utilization');
  });
});
