import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { eventLogCsv, runReplicationSync } from '@flowsmith/simulation';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const dir = tempDir('mining-validate');
const examples = join(__dirname, '../../../../examples');

beforeAll(async () => {
  const parsed = parseProcess(
    JSON.parse(readFileSync(join(examples, 'purchase-approval-as-is.flow.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('example is not valid');
  const run = runReplicationSync(
    parsed.document,
    { cases: 600, warmup: 0, replications: 1, seed: 4 },
    0,
    { recordLog: true },
  );
  await writeFile(dir.file('purchases.csv'), eventLogCsv(run.log!));
});

describe('flowsmith discover --validate, conform figures vs data', () => {
  it('gives the roles the office hours the log shows, and the cycle times come back', async () => {
    const out = dir.file('calendars.flow.json');
    const r = await runCapture(
      'discover',
      dir.file('purchases.csv'),
      '-o',
      out,
      '--validate',
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      description: string;
      calendars?: { id: string; week: unknown }[];
      roles: { id: string; calendar?: string }[];
    };
    const office = doc.calendars?.find(
      (c) =>
        JSON.stringify(c.week) ===
        JSON.stringify([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }]),
    );
    expect(office).toBeDefined();
    // Five of the six roles show it; the general manager's 150-odd events are too few to tell,
    // and as they keep to the hours of the whole log it takes those.
    expect(doc.roles.filter((role) => role.calendar === office!.id).length).toBe(6);
    expect(doc.description).toMatch(
      /\bgm: fewer than 200 events, all but 3 % of them within the working hours of the whole log/,
    );
    const rows = (
      JSON.parse(r.stdout) as {
        result: {
          validation: {
            rows: { metric: string; subject?: string; error: number; pass?: boolean }[];
          };
        };
      }
    ).result.validation.rows;
    const cycle = rows.filter((row) => row.metric.startsWith('cycle'));
    expect(cycle).toHaveLength(3);
    expect(cycle.every((row) => row.pass)).toBe(true);
  });

  it('prints the log beside the simulated discovered process, with errors and verdicts', async () => {
    const out = dir.file('found.flow.json');
    const r = await runCapture('discover', dir.file('purchases.csv'), '-o', out, '--validate');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/figure\s+log\s+simulated\s+error\s+tolerance/);
    expect(r.stdout).toMatch(
      /cycle time, mean \(min\)\s+\d+\s+\d+\s+-?\d+\.\d %\s+±10 %\s+(ok|FAIL)/,
    );
    expect(r.stdout).toMatch(/touch time \(min\): \S+/);
    expect(r.stdout).toMatch(/utilisation: \S+/);
    const json = await runCapture(
      'discover',
      dir.file('purchases.csv'),
      '-o',
      out,
      '--validate',
      '--json',
    );
    const validation = (
      JSON.parse(json.stdout) as {
        result: { validation: { passed: boolean; rows: { metric: string; pass?: boolean }[] } };
      }
    ).result.validation;
    expect(validation.rows.find((row) => row.metric === 'throughput')?.pass).toBe(true);
    expect(validation.passed).toBe(validation.rows.every((row) => row.pass !== false));
    const zh = await runCapture(
      'discover',
      dir.file('purchases.csv'),
      '-o',
      out,
      '--validate',
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toMatch(/指标\s+日志\s+仿真\s+误差\s+容差/);
    expect(zh.stdout).toContain('周期时间均值（分钟）');
  });

  it('lists the drawn figures the log disagrees with under "figures vs data"', async () => {
    const drawn = join(examples, 'purchase-approval-as-is.flow.json');
    const same = await runCapture('conform', drawn, dir.file('purchases.csv'));
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(
      'figures vs data: the drawn durations, branch probabilities and arrival rate agree with the log',
    );
    // The to-be's figures are not the as-is log's.
    const toBe = join(examples, 'purchase-approval-to-be.flow.json');
    const other = await runCapture('conform', toBe, dir.file('purchases.csv'), '--lang', 'zh-CN');
    expect(other.stdout).toMatch(/图上数字与数据：有 \d+ 个图上数字与日志不符/);
    const json = await runCapture('conform', toBe, dir.file('purchases.csv'), '--json');
    const figures = (
      JSON.parse(json.stdout) as { result: { figures: { kind: string; step: string }[] } }
    ).result.figures;
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => typeof f.step === 'string')).toBe(true);
    const bad = await runCapture('conform', toBe, dir.file('purchases.csv'), '--tolerance', 'x');
    expect(bad.code).toBe(2);
  });

  it('prints the arrivals by hour of week in log-stats, and as JSON', async () => {
    const r = await runCapture('log-stats', dir.file('purchases.csv'), '--top', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('arrivals by hour of week (mean new cases per hour, UTC)');
    expect(r.stdout).toMatch(/\n {2}Mon {2}/);
    const json = await runCapture('log-stats', dir.file('purchases.csv'), '--json');
    const profile = (
      JSON.parse(json.stdout) as { result: { arrivalsByHourOfWeek: { counts: number[] } } }
    ).result.arrivalsByHourOfWeek;
    expect(profile.counts).toHaveLength(168);
    // The purchase-approval arrivals follow its office calendar: none on Sundays.
    expect(profile.counts.slice(6 * 24).every((n) => n === 0)).toBe(true);
    const zh = await runCapture(
      'log-stats',
      dir.file('purchases.csv'),
      '--lang',
      'zh-CN',
      '--timezone',
      '+08:00',
    );
    expect(zh.stdout).toContain('按一周各小时的到达');
  });
});

describe('flowsmith conform --diff: the drawn as-is against the as-is in the data', () => {
  // The to-be drawn against the as-is' log: its new steps are only drawn, the old only in the data.
  const drawn = join(examples, 'purchase-approval-to-be.flow.json');

  it('lists the steps only drawn, only in the data and changed, in en and zh-CN', async () => {
    const r = await runCapture('conform', drawn, dir.file('purchases.csv'), '--diff');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/drawn vs data: .*\(\d+ of its \d+ steps matched ".+" by name\)/);
    expect(r.stdout).toMatch(
      /steps only in the drawing \(\d+\):\n(\s{4}.+\n)*\s{4}.*在线填写采购申请/,
    );
    expect(r.stdout).toMatch(/steps only in the data \(\d+\):\n(\s{4}.+\n)*\s{4}.*部门经理复核/);
    const zh = await runCapture(
      'conform',
      drawn,
      dir.file('purchases.csv'),
      '--diff',
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toMatch(/图与数据：所画流程图与从日志挖掘出的流程对比/);
    expect(zh.stdout).toMatch(/仅在图中的步骤（\d+）：/);
    const bad = await runCapture(
      'conform',
      drawn,
      dir.file('purchases.csv'),
      '--diff',
      '--noise',
      '2',
    );
    expect(bad.code).toBe(2);
  });

  it('finds nothing beyond the tolerances between the as-is and its own log', async () => {
    const asIs = join(examples, 'purchase-approval-as-is.flow.json');
    const r = await runCapture('conform', asIs, dir.file('purchases.csv'), '--diff', '--json');
    const diff = (
      JSON.parse(r.stdout) as {
        result: {
          diff: { onlyDrawn: unknown[]; onlyData: unknown[]; changed: { kind: string }[] };
        };
      }
    ).result.diff;
    expect(diff.onlyDrawn).toEqual([]);
    expect(diff.onlyData).toEqual([]);
    expect(diff.changed.filter((l) => l.kind !== 'role')).toEqual([]);
  });

  it('gives the comparison in --json as the schema describes it', async () => {
    const r = await runCapture('conform', drawn, dir.file('purchases.csv'), '--diff', '--json');
    const schemas = join(__dirname, '../../../../docs/schemas');
    const ajv = new Ajv2020({ allErrors: true });
    for (const f of readdirSync(schemas).filter((n) => n.endsWith('.schema.json')))
      ajv.addSchema(JSON.parse(readFileSync(join(schemas, f), 'utf8')) as object);
    const report = ajv.getSchema('cli-report.schema.json')!;
    const json = JSON.parse(r.stdout) as {
      result: { diff: { matched: number; onlyDrawn: unknown[] } };
    };
    expect(report(json) ? [] : report.errors).toEqual([]);
    expect(json.result.diff.matched).toBeGreaterThan(5);
    expect(json.result.diff.onlyDrawn.length).toBeGreaterThan(0);
    // The check can fail: a diff without its lists is not a conform result.
    expect(report({ ...json, result: { ...json.result, diff: { matched: 1 } } })).toBe(false);
  });
});
