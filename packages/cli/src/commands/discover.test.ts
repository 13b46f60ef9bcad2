import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
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

/** The tickets as an XLSX workbook: a notes sheet first, the log on sheet "工单" (dates as serials). */
function ticketsXlsx(): Uint8Array {
  const cell = (v: string) => `<c t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = csv.split('\n').map((line, i) => {
    const cells = line.split(',').map((v, k) =>
      // 2024-03-05 is Excel serial 45356; style 1 is a date format.
      k === 2 && i > 0 && /^\d{4}\/3\/5 (\d+):(\d+)$/.test(v)
        ? `<c s="1"><v>${45356 + (Number(/ (\d+):(\d+)$/.exec(v)![1]) * 60 + Number(/:(\d+)$/.exec(v)![1])) / 1440}</v></c>`
        : cell(v),
    );
    return `<row r="${i + 1}">${cells.join('')}</row>`;
  });
  const sheet = (body: string) => strToU8(`<worksheet><sheetData>${body}</sheetData></worksheet>`);
  return zipSync({
    'xl/workbook.xml': strToU8(
      '<workbook><sheets><sheet name="说明" r:id="rId1"/><sheet name="工单" r:id="rId2"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': sheet(`<row r="1">${cell('导出说明')}</row>`),
    'xl/worksheets/sheet2.xml': sheet(rows.join('')),
  });
}

beforeAll(async () => {
  await writeFile(dir.file('tickets.csv'), csv);
  await writeFile(dir.file('tickets.csv.gz'), gzipSync(csv));
  await writeFile(dir.file('empty.csv'), 'Ticket,Step,Done\n');
  await writeFile(dir.file('sheet.xlsx'), 'PK');
  await writeFile(dir.file('tickets.xlsx'), ticketsXlsx());
  await writeFile(dir.file('old.xls'), 'binary');
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

  it('reads the sheet named of an XLSX export, bad rows by row number', async () => {
    const out = dir.file('from-xlsx.flow.json');
    const r = await runCapture(
      'discover',
      dir.file('tickets.xlsx'),
      '--sheet',
      '工单',
      '-o',
      out,
      '--map',
      map,
      '--noise',
      '0',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tickets\.xlsx:10: "soon" in column "Done" is not a date/);
    expect(r.stdout).toMatch(/4 steps, \d roles from 3 cases/);
    const stats = await runCapture(
      'log-stats',
      dir.file('tickets.xlsx'),
      '--sheet',
      '工单',
      '--map',
      map,
    );
    expect(stats.stdout).toContain('3 cases, 8 events, 4 activities, 3 variants, 3 resources');
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
    expect(xlsx.stderr).toContain('not an XLSX workbook');
    const xls = await runCapture('log-stats', dir.file('old.xls'));
    expect(xls.code).toBe(2);
    expect(xls.stderr).toContain('.xlsx');
    const noSheet = await runCapture('log-stats', dir.file('tickets.xlsx'), '--sheet', 'Nope');
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toContain('"说明", "工单"');
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
