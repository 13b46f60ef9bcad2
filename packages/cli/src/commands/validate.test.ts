import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir, withTempDir } from '../testing/tempDir';

const { file } = tempDir('validate');

const broken = {
  ...gallery.mm1,
  id: 'broken',
  roles: [{ id: 'clerk', name: 'Clerk', capacity: 0 }],
  steps: [
    { id: 'start', type: 'start', name: 'start' },
    { id: 'serve', type: 'task', name: 'serve', role: 'clerkk', duraton: 5 },
    { id: 'end', type: 'end', name: 'end' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'serve' },
    { id: 'f2', from: 'serve' },
  ],
};

beforeAll(async () => {
  await writeFile(file('mm1.flow.json'), JSON.stringify(gallery.mm1));
  await writeFile(file('sequence3.flow.json'), JSON.stringify(gallery.sequence3));
  await writeFile(file('withSubprocess.flow.json'), JSON.stringify(gallery.withSubprocess));
  await writeFile(file('broken.flow.json'), JSON.stringify(broken, null, 2));
  await writeFile(file('notjson.flow.json'), '{\n  "format": "flowsmith.process",\n  oops\n}');
  await writeFile(file('empty.flow.json'), '');
});

describe('flowsmith validate', () => {
  it('exits 0 and says valid for valid files', async () => {
    const r = await runCapture('validate', file('mm1.flow.json'), '--lang', 'en');
    expect(r).toEqual({ code: 0, stdout: `✓ ${file('mm1.flow.json')}: valid\n`, stderr: '' });
  });

  it('resolves subprocess ids against the .flow.json files in the same folder', async () => {
    const r = await runCapture('validate', file('withSubprocess.flow.json'), '--lang', 'en');
    expect(r.code).toBe(0);
  });

  it('reports a subprocess id that no file beside it has', async () => {
    await withTempDir('alone', async (other) => {
      await writeFile(join(other, 'w.flow.json'), JSON.stringify(gallery.withSubprocess));
      const r = await runCapture('validate', join(other, 'w.flow.json'), '--lang', 'en');
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        `${join(other, 'w.flow.json')}: steps[2].process: no process with id "sequence3"\n`,
      );
    });
  });

  it('exits 1 and lists every problem of a broken file', async () => {
    const r = await runCapture(
      'validate',
      file('broken.flow.json'),
      file('mm1.flow.json'),
      '--lang',
      'en',
    );
    expect(r.code).toBe(1);
    const f = file('broken.flow.json');
    expect(r.stdout.split('\n')).toEqual([
      `${f}: roles[0].capacity: must be a whole number of at least 1, not 0`,
      `${f}: steps[1].duraton: unknown field "duraton" in a task step; did you mean "duration"?`,
      `${f}: steps[1].role: no role with id "clerkk"`,
      `${f}: flows[1]: "to" is required`,
      `✓ ${file('mm1.flow.json')}: valid`,
      '',
    ]);
    expect(r.stderr).toBe('flowsmith: 1 of 2 files are invalid\n');
  });

  it('exits 2 for a file that is not JSON, with line and column', async () => {
    const r = await runCapture('validate', file('notjson.flow.json'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      `${file('notjson.flow.json')}: not valid JSON at line 3, column 3: found "o" where a property name in double quotes was expected\n`,
    );
  });

  it('exits 2 for an empty file and a missing file, saying which', async () => {
    const r = await runCapture(
      'validate',
      file('empty.flow.json'),
      file('missing.flow.json'),
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${file('empty.flow.json')}: the file is empty`);
    expect(r.stdout).toContain(`${file('missing.flow.json')}: cannot read the file (no such file)`);
  });

  it('exits 2 for a file of an unknown kind', async () => {
    const r = await runCapture('validate', file('process.txt'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('unknown file kind; Flowsmith reads and writes .flow.json, .json');
  });

  it('--json gives file, valid and problems', async () => {
    const r = await runCapture(
      'validate',
      file('broken.flow.json'),
      file('mm1.flow.json'),
      file('notjson.flow.json'),
      '--json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    const report = jsonResult<{
      files: Array<{
        file: string;
        valid: boolean;
        problems: Array<{ path: string; code: string }>;
      }>;
    }>(r).files;
    expect(report.map((f) => [f.file, f.valid, f.problems.length])).toEqual([
      [file('broken.flow.json'), false, 4],
      [file('mm1.flow.json'), true, 0],
      [file('notjson.flow.json'), false, 1],
    ]);
    expect(report[0]!.problems[2]).toEqual({
      path: 'steps[1].role',
      code: 'reference.missing',
      message: 'no role with id "clerkk"',
    });
    expect(report[2]!.problems[0]!.code).toBe('json.syntax');
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const r = await runCapture('validate', file('broken.flow.json'), '--lang', 'zh-CN');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${file('broken.flow.json')}: steps[1].role: 没有 id 为 "clerkk" 的角色`,
    );
    expect(r.stderr).toBe('flowsmith: 1 个文件中有 1 个无效\n');
  });

  it('takes the language from $LANG without --lang', async () => {
    const before = process.env.LANG;
    process.env.LANG = 'zh_CN.UTF-8';
    try {
      const r = await runCapture('validate', file('mm1.flow.json'));
      expect(r.stdout).toBe(`✓ ${file('mm1.flow.json')}：有效\n`);
    } finally {
      process.env.LANG = before;
    }
  });

  it('refuses an unknown --lang', async () => {
    const r = await runCapture('validate', file('mm1.flow.json'), '--lang', 'fr');
    expect(r.code).toBe(2);
  });

  it('has help with the exit codes', async () => {
    const r = await runCapture('validate', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: flowsmith validate [options] <files...>');
    expect(r.stdout).toContain(
      'Exit codes: 0 all valid, 1 a document is invalid, 2 a file cannot be read',
    );
  });
});
