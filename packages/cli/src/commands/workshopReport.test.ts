import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('workshop-report');

beforeAll(async () => {
  const doc = {
    ...gallery.doubleApproval,
    language: 'zh-CN',
    notes: [{ id: 'n1', text: '审批两次', on: 'approve2', author: '王芳' }],
    wasteTags: [{ id: 'w1', step: 'approve2', waste: 'overProcessing' }],
    votes: [
      { id: 'v1', by: '王芳', on: 'approve2' },
      { id: 'v2', by: 'Li', on: 'n1' },
    ],
    parkingLot: [{ id: 'p1', text: 'ERP 许可证' }],
  };
  await writeFile(file('w.flow.json'), JSON.stringify(doc));
});

describe('flowsmith workshop-report', () => {
  it('writes Markdown to stdout in the process language', async () => {
    const r = await runCapture('workshop-report', file('w.flow.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 研讨会报告');
    expect(r.stdout).toContain('过度加工');
    expect(r.stdout).toContain('ERP 许可证');
  });

  it('picks the format from -o and writes in --lang', async () => {
    const r = await runCapture(
      'workshop-report',
      file('w.flow.json'),
      '--lang',
      'en',
      '-o',
      file('w.html'),
    );
    expect(r.code).toBe(0);
    const html = await readFile(file('w.html'), 'utf8');
    expect(html).toContain('Top-voted problems');
    expect(html).toContain('Over-processing');
  });

  it('refuses a wrong --top and a file ending it cannot write (exit 2)', async () => {
    const top = await runCapture('workshop-report', file('w.flow.json'), '--top', '0');
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('--top');
    const ending = await runCapture('workshop-report', file('w.flow.json'), '-o', file('w.txt'));
    expect(ending.code).toBe(2);
  });
});
