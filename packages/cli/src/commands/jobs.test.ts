import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('jobs');

beforeAll(async () => {
  await writeFile(file('approval.flow.json'), JSON.stringify(gallery.doubleApproval));
});

describe('flowsmith jobs', () => {
  it('describes every role in one document', async () => {
    const r = await runCapture('jobs', file('approval.flow.json'), '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# 岗位说明书：doubleApproval\n')).toBe(true);
    for (const role of ['clerk', 'manager', 'finance'])
      expect(r.stdout).toContain(`## 岗位说明书：${role}`);
  });

  it('describes one role with --role, as DOCX', async () => {
    const r = await runCapture(
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
    const r = await runCapture(
      'jobs',
      file('approval.flow.json'),
      '--role',
      'boss',
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no role with id "boss"; the roles are clerk, manager, finance');
  });
});
