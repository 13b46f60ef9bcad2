import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const dir = tempDir('mining');

// Two kinds of ticket: a → (b | c) → d; the third row of t3 has a bad date.
const csv = [
  'Ticket,Step,Done,Who',
  't1,a,2024/3/5 09:00,ann',
  't1,b,2024/3/5 09:30,bob',
  't1,d,2024/3/5 10:00,ann',
  't2,a,2024年3月5日 10:00,ann',
  't2,c,2024年3月5日 11:00,cat',
  't2,d,2024年3月5日 11:30,ann',
  't3,a,2024-03-05 12:00,ann',
  't3,b,2024-03-05 12:20,bob',
  't3,d,soon,ann',
].join('\n');
const map = 'case=Ticket,activity=Step,complete=Done,resource=Who';

beforeAll(async () => {
  await writeFile(dir.file('tickets.csv'), csv);
  await writeFile(dir.file('tickets.csv.gz'), gzipSync(csv));
  await writeFile(dir.file('empty.csv'), 'Ticket,Step,Done\n');
  await writeFile(dir.file('sheet.xlsx'), 'PK');
});

describe('flowsmith discover, conform, log-stats', () => {
  it('discovers a valid, laid-out document with lanes, listing the bad row', async () => {
    const out = dir.file('as-is.flow.json');
    const r = await runCapture(
      'discover',
      dir.file('tickets.csv.gz'),
      '-o',
      out,
      '--map',
      map,
      '--noise',
      '0',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tickets\.csv\.gz:10: "soon" in column "Done" is not a date/);
    expect(r.stdout).toMatch(/4 steps, \d roles from 3 cases \(durations: sojourn times\)/);
    const v = await runCapture('validate', out);
    expect(v.code).toBe(0);
    const doc = JSON.parse(
      await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8')),
    ) as {
      steps: { position?: unknown; role?: string; type: string }[];
    };
    expect(doc.steps.every((s) => s.position)).toBe(true);
    expect(doc.steps.some((s) => s.type === 'task' && s.role)).toBe(true);
  });

  it('replays the log on the discovered document, in Chinese too', async () => {
    const out = dir.file('as-is2.flow.json');
    await runCapture('discover', dir.file('tickets.csv'), '-o', out, '--map', map, '--noise', '0');
    const r = await runCapture('conform', out, dir.file('tickets.csv'), '--map', map, '--json');
    expect(r.code).toBe(0);
    const result = (JSON.parse(r.stdout) as { result: { fitness: number; cases: number } }).result;
    expect(result).toMatchObject({ fitness: 1, cases: 3 });
    const zh = await runCapture(
      'conform',
      out,
      dir.file('tickets.csv'),
      '--map',
      map,
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toContain('拟合度 1.000');
  });

  it('summarises a log', async () => {
    const r = await runCapture('log-stats', dir.file('tickets.csv'), '--map', map);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 cases, 8 events, 4 activities, 3 variants, 3 resources');
    const zh = await runCapture(
      'log-stats',
      dir.file('tickets.csv'),
      '--map',
      map,
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toContain('3 个案例');
  });

  it('exits 2 for a wrong call or file, 1 for a log without cases', async () => {
    const out = dir.file('x.flow.json');
    expect(
      (await runCapture('discover', dir.file('tickets.csv'), '-o', out, '--noise', '2')).code,
    ).toBe(2);
    expect(
      (await runCapture('discover', dir.file('tickets.csv'), '-o', out, '--map', 'case=Nope')).code,
    ).toBe(2);
    expect(
      (await runCapture('discover', dir.file('tickets.csv'), '-o', out, '--map', 'nonsense')).code,
    ).toBe(2);
    const xlsx = await runCapture('log-stats', dir.file('sheet.xlsx'));
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('CSV');
    expect((await runCapture('log-stats', dir.file('missing.csv'))).code).toBe(2);
    const empty = await runCapture(
      'log-stats',
      dir.file('empty.csv'),
      '--map',
      'case=Ticket,activity=Step,complete=Done',
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('no cases');
  });
});
