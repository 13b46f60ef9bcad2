import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';

const { file } = tempDir('report');

describe('flowsmith report', () => {
  it('writes a standalone HTML report in the process language, with simulated figures', async () => {
    const out = file('r.html');
    const r = await runCapture(
      'report',
      exampleFile('expense-reimbursement-as-is'),
      exampleFile('expense-reimbursement-to-be'),
      '-o',
      out,
      '--simulate',
    );
    expect(r.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('流程优化报告');
    expect(html).toContain('建议');
    expect(html).toContain('仿真指标');
    expect(html).toContain('交互作用');
    expect(html).toContain('仿真案例');
    expect(html).not.toMatch(/<script/i);
  }, 60_000);

  it('writes English on --lang en, and a PDF through Chromium', async () => {
    const out = file('r.pdf');
    const r = await runCapture(
      'report',
      exampleFile('purchase-approval-as-is'),
      exampleFile('purchase-approval-to-be'),
      '--format',
      'pdf',
      '-o',
      out,
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Every page has text beyond its running header and "Page X of Y"; page 1 is the summary.
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      const body = page
        .split('\n')
        .filter((l) => l.trim() && !/Process improvement report: 采购审批|Page \d+ of \d+/.test(l));
      expect(body.length, `page ${i + 1}`).toBeGreaterThan(2);
    });
    expect(pages[0]).toMatch(/Recommendation[\s\S]*Next steps[\s\S]*Implementation risks/);
  }, 60_000);

  it('writes a DOCX when -o ends in .docx', async () => {
    const out = file('r.docx');
    const r = await runCapture(
      'report',
      exampleFile('purchase-approval-as-is'),
      exampleFile('purchase-approval-to-be'),
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    const docx = await readFile(out);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('requires -o', async () => {
    const r = await runCapture(
      'report',
      exampleFile('purchase-approval-as-is'),
      exampleFile('purchase-approval-to-be'),
    );
    expect(r.code).not.toBe(0);
  });
});
