import { readdir, readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('simulate');

type Json = {
  cases: number;
  cycleTime: { mean: number; p50: number; p90: number; p95: number; ci95: [number, number] };
  roles: Record<string, { utilization: number }>;
  steps: Record<string, { waitMean: number; serviceMean: number; count: number }>;
  throughputPerHour: number;
  costPerCase: number;
};

beforeAll(async () => {
  await writeFile(
    file('mm1.flow.json'),
    JSON.stringify({ ...gallery.mm1, name: 'M/M/1 <script>' }),
  );
  await writeFile(file('deadlock.flow.json'), JSON.stringify(gallery.deadlockAfterXor));
  await writeFile(
    file('bad-scenario.json'),
    JSON.stringify({ cases: -1, overrides: { capacity: { nobody: 2 } }, __proto__x: 1 }),
  );
  await writeFile(file('scenario.json'), JSON.stringify({ overrides: { capacity: { clerk: 2 } } }));
  await writeFile(file('syntax.json'), '{ "cases": ');
});

const quick = ['--cases', '2000', '--replications', '3', '--workers', '1'];

/** `flowsmith simulate` on the process file `<name>.flow.json` of the temp folder, plus `flags`. */
const simulate = (name: string, ...flags: string[]) =>
  runCapture('simulate', file(`${name}.flow.json`), ...flags);

describe('flowsmith simulate', () => {
  it('prints JSON with cases, cycle time, utilisation, steps, throughput and cost, in minutes', async () => {
    const r = await simulate('mm1', ...quick, '--json');
    expect(r.code).toBe(0);
    const j = jsonResult<Json>(r);
    expect(j.cases).toBe(6000);
    expect(j.cycleTime.mean).toBeGreaterThan(20);
    expect(j.cycleTime.ci95[0]).toBeLessThan(j.cycleTime.mean);
    expect(j.cycleTime.p95).toBeGreaterThan(j.cycleTime.p50);
    expect(j.roles.clerk!.utilization).toBeGreaterThan(0.7);
    expect(j.roles.clerk!.utilization).toBeLessThan(0.9);
    expect(j.steps.serve).toMatchObject({ count: 2000 });
    expect(j.steps.serve!.serviceMean).toBeGreaterThan(7);
    expect(j.throughputPerHour).toBeGreaterThan(5);
    // clerk costs 60 per hour, service 8 min: about 8 per case
    expect(j.costPerCase).toBeGreaterThan(7);
    expect(j.costPerCase).toBeLessThan(9);
  });

  it('gives identical output for the same seed, and different output for another seed', async () => {
    const a = await simulate('mm1', ...quick, '--seed', '5', '--json');
    const b = await simulate('mm1', ...quick, '--seed', '5', '--json');
    const c = await simulate('mm1', ...quick, '--seed', '6', '--json');
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('gives the same output with 2 worker threads as with 1', async () => {
    const withWorkers = (workers: string) =>
      simulate('mm1', '--cases', '1000', '--replications', '3', '--workers', workers, '--json');
    const one = await withWorkers('1');
    const two = await withWorkers('2');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints a readable summary, in Chinese with --lang zh-CN', async () => {
    const en = await simulate('mm1', ...quick);
    expect(en.stdout).toContain('M/M/1 <script>: 3 replications, seed 1');
    expect(en.stdout).toMatch(/Cycle time: mean [\d.]+ ± [\d.]+/);
    expect(en.stdout).toMatch(/clerk\s+\d+\.\d %/);
    const zh = await simulate('mm1', ...quick, '--lang', 'zh-CN');
    expect(zh.stdout).toContain('周期时间');
  });

  it('applies a scenario file, and command-line options over it', async () => {
    const r = await simulate('mm1', ...quick, '--scenario', file('scenario.json'), '--json');
    const j = jsonResult<Json>(r);
    expect(j.roles.clerk!.utilization).toBeLessThan(0.5);
  });

  it('refuses an invalid scenario with every problem and its path (exit 1)', async () => {
    const r = await simulate('mm1', '--scenario', file('bad-scenario.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cases: must be a whole number of at least 1');
    expect(r.stderr).toContain('overrides.capacity.nobody: the process has no role "nobody"');
    expect(r.stderr).toContain('__proto__x');
    const s = await simulate('mm1', '--scenario', file('syntax.json'));
    expect(s.code).toBe(2);
  });

  it('refuses a process with an error finding (deadlock), with the reason', async () => {
    const r = await simulate('deadlock', ...quick);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot be simulated');
    expect(r.stderr).toContain('deadlock');
  });

  it('refuses an overloaded role on an open horizon, but simulates a number of cases', async () => {
    const r = await simulate(
      'mm1',
      '--horizon',
      '30d',
      '--replications',
      '2',
      '--workers',
      '1',
      '--scenario',
      file('scenario.json'),
    );
    expect(r.code).toBe(0);
    const slow = {
      ...gallery.mm1,
      roles: [{ id: 'clerk', name: 'clerk', capacity: 1 }],
      steps: gallery.mm1.steps.map((s) =>
        s.type === 'task' ? { ...s, duration: { dist: 'exponential' as const, mean: 12 } } : s,
      ),
    };
    await writeFile(file('slow.flow.json'), JSON.stringify(slow));
    const h = await simulate('slow', '--horizon', '30d', '--workers', '1');
    expect(h.code).toBe(1);
    expect(h.stderr).toContain('role "clerk" would be busy 120 %');
  });

  it('writes the event log as CSV and XES', async () => {
    // No warm-up, so the log holds every case and its length is known.
    const logRun = (cases: number, replications: number, log: string) =>
      simulate(
        'mm1',
        '--cases',
        String(cases),
        '--warmup',
        '0',
        '--replications',
        String(replications),
        '--workers',
        '1',
        '--log',
        file(log),
      );
    const csv = await logRun(50, 2, 'events.csv');
    expect(csv.code).toBe(0);
    const text = await readFile(file('events.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'case_id,activity_id,activity,role,ready,start,end,ready_min,start_min,end_min,resource',
    );
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(101);
    // M/M/1: the clerk's one capacity unit did every piece of work.
    expect(text.split('\r\n')[1]!.endsWith(',clerk 1')).toBe(true);
    expect(text).toContain('r1-0,serve,serve,clerk,2024-01-01T');
    await logRun(5, 1, 'events.xes');
    const xes = await readFile(file('events.xes'), 'utf8');
    expect(xes).toContain('<string key="concept:name" value="M/M/1 &lt;script&gt;"/>');
    expect(xes.match(/<trace>/g)).toHaveLength(5);
    const bad = await simulate('mm1', '--log', file('events.txt'));
    expect(bad.code).toBe(2);
  });

  it('refuses an event log that cannot be written before running, with a sentence and exit 2', async () => {
    for (const log of [file('no-such-folder/events.csv'), file('mm1.flow.json/events.csv')]) {
      const r = await simulate('mm1', ...quick, '--log', log);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^flowsmith: .*cannot write the file \((ENOENT|ENOTDIR)\)\n$/);
    }
  });

  it('writes the event log through a temporary file, leaving nothing else beside it', async () => {
    const r = await simulate('mm1', ...quick, '--log', file('logs.csv'));
    expect(r.code).toBe(0);
    expect((await readdir(file(''))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
