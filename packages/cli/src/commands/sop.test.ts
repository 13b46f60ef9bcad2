import { readFile, stat, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { gallery } from '@flowsmith/model';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('sop');

beforeAll(async () => {
  await writeFile(file('broken.flow.json'), JSON.stringify(gallery.deadlockAfterXor));
  await writeFile(file('rework.flow.json'), JSON.stringify(gallery.reworkLoop));
});

describe('flowsmith sop', () => {
  it('writes Markdown to stdout in the process language', async () => {
    const r = await runCapture('sop', exampleFile('purchase-approval-to-be'));
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# 标准操作流程：采购审批（优化后）\n')).toBe(true);
    expect(r.stdout).toContain('## 7. 操作步骤');
    expect(r.stdout).toContain('](data:image/svg+xml;base64,');
  });

  it('writes in --lang, to -o', async () => {
    const r = await runCapture(
      'sop',
      exampleFile('purchase-approval-to-be'),
      '--lang',
      'en',
      '--format',
      'html',
      '-o',
      file('pa.html'),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${file('pa.html')}: written (html)\n`);
    const html = await readFile(file('pa.html'), 'utf8');
    expect(html).toContain('<h2 id="sec-7">7. Procedure</h2>');
    expect(html).toContain('<tr><td class="center">4</td><td>部门经理审批</td>');
  });

  it('sets the effective date', async () => {
    const r = await runCapture('sop', file('rework.flow.json'), '--effective-date', '2027-01-01');
    expect(r.stdout).toContain('| Effective date | 2027-01-01 |');
    expect(r.stdout).toContain('ok: If ok, the process ends; otherwise return to step 1 (work).');
  });

  it('still writes the SOP of a broken process, with a warning section, and warns on stderr', async () => {
    const r = await runCapture('sop', file('broken.flow.json'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('> **⚠ Warning: this process has structural errors');
    expect(r.stderr).toMatch(/^warning: .*broken\.flow\.json has \d+ structural errors?/);
  });

  it('refuses a broken process under --strict, naming every error', async () => {
    const r = await runCapture(
      'sop',
      file('broken.flow.json'),
      '--strict',
      '--lang',
      'en',
      '-o',
      file('no.md'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('structural error');
    expect(r.stderr).toContain(`${file('broken.flow.json')}: deadlock: `);
    await expect(stat(file('no.md'))).rejects.toThrow();
  });

  it('needs -o for docx and pdf', async () => {
    const r = await runCapture('sop', file('rework.flow.json'), '--format', 'pdf', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format pdf writes a binary file: pass -o FILE');
  });

  it('exits 1 for an invalid process and 2 for a missing one', async () => {
    await writeFile(file('bad.flow.json'), JSON.stringify({ ...gallery.mm1, steps: 3 }));
    expect((await runCapture('sop', file('bad.flow.json'))).code).toBe(1);
    expect((await runCapture('sop', file('missing.flow.json'))).code).toBe(2);
  });

  it('prints a PDF with Chromium', async () => {
    const r = await runCapture(
      'sop',
      exampleFile('order-to-cash'),
      '--format',
      'pdf',
      '-o',
      file('otc.pdf'),
    );
    expect(r.code).toBe(0);
    const pdf = await readFile(file('otc.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('has help', async () => {
    const r = await runCapture('sop', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('--strict');
  });
});
