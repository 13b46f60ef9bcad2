/**
 * One lane geometry, flows around steps — as a user sees it at 1440×900: two examples on the
 * canvas (every step wholly inside a lane, flows drawn along the router's routes once the layout
 * worker answers, routes following a drag), their side-by-side comparison and their SOP
 * flowchart. Screenshots go to test-results/ for a person to look at. No console error.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gallery } from '@flowsmith/model';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { openExample } from './harness/openExample';
import { dragStep, zoomOutUntilVisible } from './harness/driver';

const app = appSuite();
const VIEWPORT = { width: 1440, height: 900 };

/** Step nodes that are not wholly inside some lane node, on screen. */
async function stepsOutsideLanes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect();
    const lanes = [...document.querySelectorAll('.react-flow__node-lane')].map(rect);
    return [...document.querySelectorAll('.react-flow__node-step')]
      .filter((n) => {
        const b = rect(n.querySelector('.fs-step') ?? n);
        return !lanes.some(
          (l) =>
            b.left >= l.left - 1 &&
            b.right <= l.right + 1 &&
            b.top >= l.top - 1 &&
            b.bottom <= l.bottom + 1,
        );
      })
      .map((n) => n.getAttribute('data-id') ?? '?');
  });
}

const routedShare = (page: Page) =>
  page.evaluate(() => {
    const all = document.querySelectorAll('.react-flow__edge path.fs-flow').length;
    const routed = document.querySelectorAll('.react-flow__edge path.fs-flow.is-routed').length;
    return all > 0 && routed === all;
  });

describe('lanes and routes on every picture', () => {
  it('a file without positions opens laid out in lanes, with nothing to undo', async () => {
    const { page, trap, context } = await app.open({ filePickers: false, viewport: VIEWPORT });
    const doc = gallery.xorSplitJoin;
    expect(doc.steps.some((s) => s.position)).toBe(false);
    const file = join(await mkdtemp(join(tmpdir(), 'flowsmith-')), 'no-positions.flow.json');
    await writeFile(file, JSON.stringify(doc));
    await openFile(page, file);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(doc.steps.length);
    // Not one column: the steps spread along the flow, each inside a lane.
    const xs = await page
      .locator('.react-flow__node-step')
      .evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().x)));
    expect(new Set(xs).size).toBeGreaterThan(2);
    expect(await stepsOutsideLanes(page)).toEqual([]);
    await expect.poll(() => routedShare(page), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('.fs-toolbar [data-action="edit.undo"]').isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/lanes-canvas-no-positions.png' });
    trap.expectClean();
    await context.close();
  });

  it.each([
    ['purchase-approval-as-is', 'purchase-approval-to-be', 'gmApprove', 'zh-CN'],
    ['expense-reimbursement-as-is', 'expense-reimbursement-to-be', 'auditPost', 'en-US'],
  ])('%s → %s: canvas, compare and SOP', async (asIs, toBe, far, locale) => {
    const { page, trap, context } = await app.open({ locale, viewport: VIEWPORT });
    await openExample(page, asIs);
    await openExample(page, toBe, far);
    await expect.poll(() => routedShare(page), { timeout: 15_000 }).toBe(true);
    expect(await stepsOutsideLanes(page)).toEqual([]);
    await page.screenshot({ path: `test-results/lanes-canvas-${toBe}.png` });

    // A drag: the moved step's flows fall back to plain paths, then are routed again.
    const first = await page.locator('.react-flow__node-step').nth(2).getAttribute('data-id');
    await zoomOutUntilVisible(page, first!);
    await dragStep(page, first!, 0, 60);
    await expect.poll(() => routedShare(page), { timeout: 15_000 }).toBe(true);
    expect(await stepsOutsideLanes(page)).toEqual([]);
    await page.keyboard.press('Control+z');

    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /^(Compare|对比)$/ }).click();
    const panel = side.locator('.fs-compare');
    await panel.getByTestId('compare-open-maps').click();
    const maps = page.getByTestId('compare-maps');
    await expect.poll(() => maps.locator('img').count()).toBe(2);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/lanes-compare-${toBe}.png` });
    await maps.getByTestId('compare-pane-1').screenshot({
      path: `test-results/lanes-compare-pane-${toBe}.png`,
    });
    await page.keyboard.press('Escape');

    await side.getByRole('tab', { name: 'SOP', exact: true }).click();
    const frame = page.frameLocator('[data-testid="sop-preview"]');
    const chart = frame.locator('svg[role="img"], img[src^="data:image/svg"]').first();
    await chart.waitFor({ timeout: 20_000 });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/lanes-sop-${toBe}.png` });
    await chart.screenshot({ path: `test-results/lanes-sop-chart-${toBe}.png` });
    trap.expectClean();
    await context.close();
  });
});
