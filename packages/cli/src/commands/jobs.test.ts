import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-jobs-'));
  await writeFile(file('approval.flow.json'), JSON.stringify(gallery.doubleApproval));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flowsmith jobs', () => {
  it('describes every role in one document', async () => {
    const r = await run('jobs', file('approval.flow.json'), '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# 岗位说明书：doubleApproval\n')).toBe(true);
    for (const role of ['clerk', 'manager', 'finance'])
      expect(r.stdout).toContain(`## 岗位说明书：${role}`);
  });

  it('describes one role with --role, as DOCX', async () => {
    const r = await run(
      'jobs',
      file('approval.flow.json'),
      '--role',
      'manager',
      '--format',
      'docx',
      '-o',
      file('m.docx'),
    );
    expect(r.code).toBe(0);
    const docx = await readFile(file('m.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('names the roles there are for an unknown --role', async () => {
    const r = await run('jobs', file('approval.flow.json'), '--role', 'boss', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no role with id "boss"; the roles are clerk, manager, finance');
  });
});
