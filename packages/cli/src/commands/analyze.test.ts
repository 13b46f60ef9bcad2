import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('analyze');
const examples = join(import.meta.dirname, '../../../../examples');

type Json = {
  metrics: {
    roles: Record<string, { utilization: number | null }>;
    steps: Record<string, { visits: number | null; waitMean: number | null }>;
    cycleTime: { mean: number | null };
    flowEfficiency: number;
    costPerCase: number;
    handoffsPerCase: number;
  };
  findings: Array<{
    kind: string;
    severity: string;
    steps: string[];
    roles: string[];
    message: string;
  }>;
};

beforeAll(async () => {
  await writeFile(file('mm1.flow.json'), JSON.stringify(gallery.mm1));
  await writeFile(file('deadlock.flow.json'), JSON.stringify(gallery.deadlockAfterXor));
  await writeFile(file('sub.flow.json'), JSON.stringify(gallery.withSubprocess));
  await writeFile(file('sequence3.flow.json'), JSON.stringify(gallery.sequence3));
  await writeFile(file('invalid.flow.json'), JSON.stringify({ ...gallery.mm1, steps: 'nope' }));
  await writeFile(file('syntax.flow.json'), '{ "format": ');
});

describe('flowsmith analyze', () => {
  it('prints { files: [{ metrics, findings }] } with the M/M/1 figures, in minutes', async () => {
    const r = await runCapture('analyze', file('mm1.flow.json'), '--json');
    expect(r.code).toBe(0);
    const json = jsonResult<{ files: Json[] }>(r).files[0]!;
    expect(json.metrics.roles.clerk!.utilization).toBeCloseTo(0.8, 12);
    expect(json.metrics.steps.serve!.visits).toBe(1);
    expect(json.metrics.steps.serve!.waitMean).toBeCloseTo(32, 9);
    expect(json.metrics.cycleTime.mean).toBeCloseTo(40, 9);
    for (const key of ['flowEfficiency', 'costPerCase', 'handoffsPerCase'] as const)
      expect(typeof json.metrics[key]).toBe('number');
  });

  it('says what the estimate excludes, in the text and the JSON (a batch step)', async () => {
    const batched = {
      ...gallery.mm1,
      steps: gallery.mm1.steps.map((s) => (s.type === 'task' ? { ...s, batch: { size: 3 } } : s)),
    };
    await writeFile(file('batched.flow.json'), JSON.stringify(batched));
    const text = await runCapture('analyze', file('batched.flow.json'));
    expect(text.stdout).toMatch(/The estimate excludes: batches beyond the gathering wait/);
    const r = await runCapture('analyze', file('batched.flow.json'), '--json');
    expect(jsonResult<{ files: Array<{ excludes?: string[] }> }>(r).files[0]!.excludes).toEqual([
      'batch',
    ]);
    const plain = await runCapture('analyze', file('mm1.flow.json'), '--json');
    expect(jsonResult<{ files: Array<{ excludes?: string[] }> }>(plain).files[0]!.excludes).toBe(
      undefined,
    );
  });

  it('exits 1 on an error finding and lists it', async () => {
    const r = await runCapture('analyze', file('deadlock.flow.json'), '--json');
    expect(r.code).toBe(1);
    const f = jsonResult<{ files: Json[] }>(r).files[0]!.findings[0]!;
    expect(f).toMatchObject({
      kind: 'deadlock',
      severity: 'error',
      steps: expect.arrayContaining(['join']),
    });
    expect(Array.isArray(f.roles)).toBe(true);
  });

  it('prints a readable report, in Chinese on request', async () => {
    const { code, stdout } = await runCapture(
      'analyze',
      file('deadlock.flow.json'),
      '--lang',
      'zh-CN',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('平均周期时间');
    expect(stdout).toContain('错误 [deadlock]');
  });

  it('includes a subprocess whose file is beside it', async () => {
    const r = await runCapture('analyze', file('sub.flow.json'), '--json');
    const json = jsonResult<{ files: Json[] }>(r).files[0]!;
    expect(json.findings.some((f) => f.kind === 'subprocess-unresolved')).toBe(false);
  });

  it('exits 2 for a file that is unreadable, not JSON or not a valid process', async () => {
    expect((await runCapture('analyze', file('missing.flow.json'))).code).toBe(2);
    expect((await runCapture('analyze', file('syntax.flow.json'))).code).toBe(2);
    expect((await runCapture('analyze', file('invalid.flow.json'))).code).toBe(2);
  });
});

describe('the examples', () => {
  it('well-formed examples have no error or warning finding', async () => {
    const files = (await readdir(examples)).filter(
      (f) => f.endsWith('.flow.json') && !f.includes('-as-is'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = await runCapture('analyze', join(examples, f), '--json');
      const code = r.code;
      const loud = jsonResult<{ files: Json[] }>(r).files[0]!.findings.filter(
        (x) => x.severity !== 'info',
      );
      expect(
        loud.map((x) => `${x.kind}: ${x.message}`),
        f,
      ).toEqual([]);
      expect(code, f).toBe(0);
    }
  });

  it('as-is examples show the waste they were built with', async () => {
    const files = (await readdir(examples)).filter((f) => f.endsWith('-as-is.flow.json'));
    expect(files.length).toBeGreaterThan(0);
    const kinds = new Set<string>();
    for (const f of files) {
      const r = await runCapture('analyze', join(examples, f), '--json');
      const json = jsonResult<{ files: Json[] }>(r).files[0]!;
      const own = json.findings.filter((x) => x.severity !== 'info').map((x) => x.kind);
      expect(own.length, f).toBeGreaterThan(0);
      for (const x of json.findings) kinds.add(x.kind);
    }
    for (const k of [
      'redundant-approval',
      'duplicate-steps',
      'rework-loop',
      'non-value-adding',
      'handoff-ping-pong',
      'bottleneck',
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });
});
