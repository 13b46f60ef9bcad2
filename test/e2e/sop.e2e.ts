/**
 * The SOP panel as a user drives it: open a Chinese example, see the procedure with its Chinese
 * step names in the sandboxed preview, switch to a role's job description (岗位说明书) and to
 * English, see the preview follow an edit, and download Markdown, HTML and DOCX; the same panel in
 * a Chinese interface. No console error on the way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { openExample } from './harness/openExample';
import { writeTemp } from './harness/fixtures';
import { reviewWithTimer } from './runFixtures';

const app = appSuite();
let example: { steps: Array<{ id: string; name: string; type: string }> };

beforeAll(async () => {
  example = JSON.parse(
    await readFile(
      new URL('../../examples/purchase-approval-to-be.flow.json', import.meta.url),
      'utf8',
    ),
  ) as typeof example;
});

/** The text of the preview frame's body. */
const previewText = (panel: Locator) =>
  panel.frameLocator('[data-testid="sop-preview"]').locator('body').innerText();

/** Clicks a download button and returns the downloaded file's bytes and name. */
async function download(page: Page, button: Locator) {
  const event = page.waitForEvent('download');
  await button.click();
  const d = await event;
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

describe('SOP panel', () => {
  it('previews the SOP and a job description, follows edits and downloads every format', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-to-be', 'gmApprove');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'SOP', exact: true }).click();
    const panel = side.locator('.fs-sop');

    // The SOP, in the document's language (zh-CN), in a frame that may run nothing.
    const frame = panel.getByTestId('sop-preview');
    await expect.poll(() => frame.getAttribute('data-lang')).toBe('zh-CN');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect.poll(() => previewText(panel)).toContain('标准操作流程');
    const text = await previewText(panel);
    // every step someone does is a row of the procedure; decisions are sentences in those rows
    const rows = example.steps.filter((s) => s.type === 'task' || s.type === 'subprocess');
    for (const step of rows) expect(text).toContain(step.name);
    await page.screenshot({ path: 'test-results/sop-en.png' });

    // Downloads of the SOP: Markdown with every step, standalone HTML, DOCX (a zip).
    const md = await download(page, panel.getByTestId('sop-download-md'));
    expect(md.name).toBe('采购审批（优化后）.sop.md');
    const markdown = md.bytes.toString('utf8');
    for (const step of rows) expect(markdown).toContain(step.name);
    const html = (await download(page, panel.getByTestId('sop-download-html'))).bytes.toString(
      'utf8',
    );
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('总经理审批');
    expect(html).not.toContain('<script');
    const docx = await download(page, panel.getByTestId('sop-download-docx'));
    expect(docx.name).toBe('采购审批（优化后）.sop.docx');
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

    // A role's job description (岗位说明书).
    await panel.getByLabel('Document').selectOption({ label: 'Job description: 总经理' });
    await expect.poll(() => frame.getAttribute('data-kind')).toBe('jobs');
    await expect.poll(() => previewText(panel)).toContain('岗位说明书：总经理');
    expect(await previewText(panel)).toContain('总经理审批');
    const jobMd = await download(page, panel.getByTestId('sop-download-md'));
    expect(jobMd.name).toBe('采购审批（优化后） 总经理.job.md');
    expect(jobMd.bytes.toString('utf8')).toContain('# 岗位说明书：总经理');

    // The language switch, then an edit: the preview follows shortly after.
    await panel.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => previewText(panel)).toContain('Job description');
    await side.getByRole('tab', { name: 'Inspector', exact: true }).click();
    await page.getByTestId('process-name').fill('Purchasing 2027');
    await page.getByTestId('process-name').press('Enter');
    await side.getByRole('tab', { name: 'SOP', exact: true }).click();
    // The choices outlive the tab switch; the preview shows the new name shortly after.
    await expect.poll(() => previewText(panel)).toContain('Purchasing 2027');
    expect(await previewText(panel)).toContain('Job description: 总经理');
    await page.screenshot({ path: 'test-results/sop-job-en.png' });
    trap.expectClean();
    await context.close();
  });

  it('works in a Chinese interface, with the job description of each role', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      locale: 'zh-CN',
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-to-be', 'gmApprove');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'SOP', exact: true }).click();
    const panel = side.locator('.fs-sop');
    await expect.poll(() => previewText(panel)).toContain('在线填写采购申请');
    await page.screenshot({ path: 'test-results/sop-zh.png' });
    await panel.getByLabel('文档').selectOption({ label: '岗位说明书：部门经理' });
    await expect.poll(() => previewText(panel)).toContain('岗位说明书：部门经理');
    await page.screenshot({ path: 'test-results/sop-job-zh.png' });
    // Printing (PDF by "Save as PDF") opens the same page in a frame and calls print().
    await panel.getByTestId('sop-print').click();
    await page.getByTestId('sop-print-frame').waitFor({ state: 'attached' });
    trap.expectClean();
    await context.close();
  });

  it('still makes the SOP of a process with a structural error, with its warning first', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const broken = {
      ...reviewWithTimer,
      id: 'dead-end',
      flows: reviewWithTimer.flows.filter((f) => f.id !== 'f6'),
    };
    await openFile(page, await writeTemp('dead-end.flow.json', broken));
    await page.locator('.react-flow__node-step[data-id="sign"]').waitFor();
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'SOP', exact: true }).click();
    const panel = side.locator('.fs-sop');
    const warning = panel.frameLocator('[data-testid="sop-preview"]').locator('.warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Sign');
    // Names are text, never markup, in the preview.
    expect(await previewText(panel)).toContain('Review "terms" </script>');
    trap.expectClean();
    await context.close();
  });
});
