import { readdir } from 'node:fs/promises';
import { chromium, type LaunchOptions } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleFile } from '../testing/exampleFile';
import { runCapture } from '../testing/runCapture';
import { tempDir } from '../testing/tempDir';
import { ChromiumInterrupted, withChromium } from './chromium';

const dir = tempDir('chromium');

/** Makes the next launches of Chromium get a Ctrl-C right after the browser started. */
function ctrlCAfterLaunch(): void {
  const launch = chromium.launch.bind(chromium);
  vi.spyOn(chromium, 'launch').mockImplementation(async (options?: LaunchOptions) => {
    const browser = await launch(options);
    process.emit('SIGINT', 'SIGINT');
    return browser;
  });
}

afterEach(() => vi.restoreAllMocks());

describe('Ctrl-C while Chromium works', () => {
  it('rejects with ChromiumInterrupted, whatever the closed browser made the work throw', async () => {
    const work = withChromium(async (browser) => {
      process.emit('SIGINT', 'SIGINT');
      const page = await browser.newPage();
      await page.setContent('<p>x</p>');
      return 1;
    });
    await expect(work).rejects.toBeInstanceOf(ChromiumInterrupted);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('sop --format pdf says it was interrupted (exit 130), not that Chromium cannot start', async () => {
    ctrlCAfterLaunch();
    const out = dir.file('sop.pdf');
    const r = await runCapture(
      'sop',
      exampleFile('purchase-approval-as-is'),
      '--format',
      'pdf',
      '-o',
      out,
      '--lang',
      'en',
    );
    expect(r.code).toBe(130);
    expect(r.stderr).toBe(
      'flowsmith: interrupted (Ctrl-C) while writing the PDF; nothing was written\n',
    );
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('report --format pdf and sop --format docx say so too, in Chinese on --lang zh-CN', async () => {
    ctrlCAfterLaunch();
    const asIs = exampleFile('purchase-approval-as-is');
    const report = await runCapture(
      'report',
      asIs,
      asIs,
      '--format',
      'pdf',
      '-o',
      dir.file('r.pdf'),
      '--lang',
      'zh-CN',
    );
    expect(report.code).toBe(130);
    expect(report.stderr).toContain('被中断');
    const docx = await runCapture(
      'sop',
      asIs,
      '--format',
      'docx',
      '-o',
      dir.file('j.docx'),
      '--lang',
      'en',
    );
    expect(docx.code).toBe(130);
    expect(docx.stderr).toContain('interrupted (Ctrl-C) while writing the DOCX');
    expect(await readdir(dir.path)).toEqual([]);
  });
});
