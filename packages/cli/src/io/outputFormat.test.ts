import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CliError } from '../CliError';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';
import { resolveOutputFormat } from './outputFormat';

const ALL = ['md', 'html', 'docx', 'pdf'] as const;

describe('resolveOutputFormat', () => {
  const resolve = (format: string | undefined, output: string | undefined) =>
    resolveOutputFormat({ format, output }, ALL, 'md', 'en');
  const refusal = (
    format: string | undefined,
    output: string | undefined,
    lang: 'en' | 'zh-CN' = 'en',
  ) => {
    try {
      resolveOutputFormat({ format, output }, ALL, 'md', lang);
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      return (error as CliError).message;
    }
    throw new Error('not refused');
  };

  it("follows -o's ending (any case), else --format, else the fallback", () => {
    expect(resolve(undefined, 'x.PDF')).toBe('pdf');
    expect(resolve(undefined, 'dir.v2/x.docx')).toBe('docx');
    expect(resolve(undefined, 'x.htm')).toBe('html');
    expect(resolve(undefined, 'x.markdown')).toBe('md');
    expect(resolve('html', undefined)).toBe('html');
    expect(resolve(undefined, undefined)).toBe('md');
    expect(resolve('pdf', 'x.pdf')).toBe('pdf');
  });

  it('lets --format name the format of a file whose ending names none', () => {
    expect(resolve('html', 'report')).toBe('html');
    expect(resolve('md', 'notes.txt')).toBe('md');
  });

  it('refuses a format that contradicts the file ending, in one sentence', () => {
    expect(refusal('pdf', 'x.docx')).toBe(
      '--format pdf does not match x.docx, which names a DOCX file: write to x.pdf, or leave out --format.',
    );
    expect(refusal('md', 'out/x.pdf', 'zh-CN')).toBe(
      '--format md 与 out/x.pdf 不符（该文件名表示 PDF 文件）：请输出到 out/x.md，或去掉 --format。',
    );
  });

  it('refuses an unknown ending without --format, listing the supported ones', () => {
    expect(refusal(undefined, 'x.txt')).toBe(
      'x.txt: the file ending does not say which format to write; use one of .md (Markdown), .html (HTML), .docx (DOCX), .pdf (PDF), or pass --format.',
    );
    expect(refusal(undefined, 'x')).toContain('.md (Markdown)');
  });

  it('refuses an ending the command does not write', () => {
    expect(() => resolveOutputFormat({ output: 'x.md' }, ['html', 'pdf'], 'html', 'en')).toThrow(
      'x.md names a Markdown file, which this command does not write; it writes .html (HTML), .pdf (PDF).',
    );
  });
});

describe('document commands follow -o', () => {
  const { file } = tempDir('output-format');
  const pair = [exampleFile('purchase-approval-as-is'), exampleFile('purchase-approval-to-be')];

  it('sop writes HTML into x.html without --format', async () => {
    const out = file('sop.html');
    const r = await runCapture('sop', exampleFile('purchase-approval-to-be'), '-o', out);
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);

  it('sop refuses Markdown into x.pdf, and writes nothing', async () => {
    const out = file('sop.pdf');
    const r = await runCapture(
      'sop',
      exampleFile('purchase-approval-to-be'),
      '--format',
      'md',
      '-o',
      out,
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format md does not match');
    expect(existsSync(out)).toBe(false);
  });

  it('jobs refuses an unknown ending in the chosen language', async () => {
    const r = await runCapture(
      'jobs',
      exampleFile('purchase-approval-to-be'),
      '-o',
      file('jobs.bpmn'),
      '--lang',
      'zh-CN',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法从文件扩展名判断输出格式');
  });

  it('report refuses --format pdf -o x.docx and writes Markdown into x.md', async () => {
    const refused = await runCapture('report', ...pair, '--format', 'pdf', '-o', file('r.docx'));
    expect(refused.code).toBe(2);
    expect(existsSync(file('r.docx'))).toBe(false);
    const out = file('r.md');
    const r = await runCapture('report', ...pair, '-o', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^# Process improvement report/);
  }, 60_000);
});
