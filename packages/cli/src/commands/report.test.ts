import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../runCli';

let dir: string;
const example = (name: string) =>
  join(import.meta.dirname, '../../../../examples', `${name}.flow.json`);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c) => ((stdout += String(c)), true));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c) => ((stderr += String(c)), true));
  try {
    return { code: await runCli(['node', 'flowsmith', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flowsmith-report-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('flowsmith report', () => {
  it('writes a standalone HTML report in the process language, with simulated figures', async () => {
    const out = join(dir, 'r.html');
    const r = await run(
      'report',
      example('expense-reimbursement-as-is'),
      example('expense-reimbursement-to-be'),
      '-o',
      out,
      '--simulate',
    );
    expect(r.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('流程对比');
    expect(html).toContain('仿真指标');
    expect(html).toContain('交互作用');
    expect(html).toContain('仿真案例');
    expect(html).not.toMatch(/<script/i);
  }, 60_000);

  it('writes English on --lang en, and a PDF through Chromium', async () => {
    const out = join(dir, 'r.pdf');
    const r = await run(
      'report',
      example('purchase-approval-as-is'),
      example('purchase-approval-to-be'),
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
  }, 60_000);

  it('requires -o', async () => {
    const r = await run(
      'report',
      example('purchase-approval-as-is'),
      example('purchase-approval-to-be'),
    );
    expect(r.code).not.toBe(0);
  });
});
