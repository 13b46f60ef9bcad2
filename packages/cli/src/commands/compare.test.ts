import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('compare');

type Delta = {
  asIs: number;
  toBe: number;
  delta: { mean: number; ci95: [number, number] };
  significant: boolean;
};

beforeAll(async () => {
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

describe('flowsmith compare', () => {
  it('gives paired differences with confidence intervals; shared steps draw the same numbers', async () => {
    const r = await runCapture(
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
    const j = jsonResult<{ deltas: Record<string, Delta>; pairs: number }>(r);
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
    const r = await runCapture(
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
      /cycleTime\.mean\s+[\d.]+\s+[\d.]+\s+−[\d.]+ ± [\d.]+ \(−[\d.]+ %\) \*/,
    );
    // A utilisation changes in percentage points, without a relative "%" of a share.
    expect(r.stdout).toMatch(
      /roles\.manager\.utilization\s+[\d.]+ %\s+[\d.]+ %\s+[−+±][\d.]+ pp ± [\d.]+ pp/,
    );
  });
});
