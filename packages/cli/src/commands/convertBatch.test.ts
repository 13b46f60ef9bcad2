/** Issue 17 item 3: `convert` takes many files and folders in one process, with `--out-dir`. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery, parseProcess } from '@flowsmith/model';
import { exampleFile } from '../testing/exampleFile';
import { jsonReport } from '../testing/jsonResult';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const dir = tempDir('convert-batch');

beforeAll(async () => {
  await mkdir(dir.file('in/nested'), { recursive: true });
  await writeFile(dir.file('in/mm1.flow.json'), JSON.stringify(gallery.mm1));
  await writeFile(dir.file('in/nested/seq.flow.json'), JSON.stringify(gallery.sequence3));
  await writeFile(dir.file('in/scenario.json'), '{"cases": 10}');
  await writeFile(dir.file('broken.flow.json'), '{ "format": ');
});

describe('flowsmith convert, many files', () => {
  it('converts a folder and a file into --out-dir, keeping the layout below the folder', async () => {
    const out = dir.file('out-bpmn');
    const example = exampleFile('purchase-approval-as-is');
    const r = await runCapture(
      'convert',
      dir.file('in'),
      example,
      '--out-dir',
      out,
      '--to',
      'bpmn',
    );
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'mm1.bpmn',
      'nested',
      join('nested', 'seq.bpmn'),
      'purchase-approval-as-is.bpmn',
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    // and back: the documents survive the round trip through BPMN
    const back = dir.file('out-back');
    expect((await runCapture('convert', out, '--out-dir', back, '--json')).code).toBe(0);
    const mm1 = parseProcess(JSON.parse(await readFile(join(back, 'mm1.flow.json'), 'utf8')));
    expect(mm1.ok && mm1.document.steps.map((s) => s.id)).toEqual(
      gallery.mm1.steps.map((s) => s.id),
    );
  });

  it('goes on past a file that fails, lists every file in --json, and exits with the worst code', async () => {
    const inputs = [
      dir.file('broken.flow.json'),
      dir.file('in/mm1.flow.json'),
      dir.file('gone.bpmn'),
    ];
    const r = await runCapture('convert', ...inputs, '--out-dir', dir.file('out2'), '--json');
    expect(r.code).toBe(2);
    const report = jsonReport(r);
    const files = (
      report.result as {
        files: Array<{ file: string; output?: string; error?: { exitCode: number } }>;
      }
    ).files;
    expect(files.map((f) => [f.file, f.error?.exitCode ?? 0])).toEqual([
      [inputs[0], 1],
      [inputs[1], 0],
      [inputs[2], 2],
    ]);
    expect(files[1]!.output).toBe(join(dir.file('out2'), 'mm1.flow.json'));
    expect(report.error!.code).toBe('batch.failed');
    expect(r.stderr).toContain('2 of 3 files failed');
  });

  it('refuses a wrong call before writing anything', async () => {
    const two = [dir.file('in/mm1.flow.json'), dir.file('in/nested/seq.flow.json')];
    expect((await runCapture('convert', ...two, '-o', dir.file('x.flow.json'))).stderr).toMatch(
      /use --out-dir/,
    );
    expect((await runCapture('convert', two[0]!)).code).toBe(2);
    const clash = await runCapture(
      'convert',
      two[0]!,
      dir.file('in/mm1.flow.json'),
      '--out-dir',
      dir.file('o3'),
    );
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/would both be written/);
    expect(
      (await runCapture('convert', two[0]!, '-o', dir.file('y.bpmn'), '--to', 'bpmn')).code,
    ).toBe(2);
  });
});
