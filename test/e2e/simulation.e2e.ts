/**
 * The simulation panel as a user drives it: open the purchase-approval example, run a small
 * scenario and watch the progress, read the key figures and the three charts, show the simulated
 * waits on the canvas, cancel a long run and see it stop; then open the to-be and compare it with
 * its as-is side by side (paired intervals), in Chinese. No console error on the way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';

const app = appSuite();

/** Notes in the page whether the progress bar ever appeared (a small run may finish within a frame). */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="sim-progress"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function fill(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).fill(value);
}

describe('simulation panel', () => {
  it('runs a scenario with progress, shows figures and charts, puts waits on the canvas, and cancels a long run', async () => {
    const { page, trap } = await app.open({
      viewport: { width: 1500, height: 950 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /Simulation/ }).click();
    const panel = side.locator('.fs-sim');

    // Inline validation: a bad value is explained beside its field and the run button waits.
    await fill(page, 'sim-cases', 'many');
    await expect.poll(() => panel.locator('#sim-cases-error').textContent()).toBe('not a number');
    expect(await page.getByTestId('sim-run').isDisabled()).toBe(true);
    await fill(page, 'sim-replications', '0');
    await expect
      .poll(() => panel.locator('#sim-replications-error').textContent())
      .toMatch(/at least 1/);

    // An overloaded role: a run of so many cases goes ahead, with a warning naming the role.
    await fill(page, 'sim-cases', '300');
    await fill(page, 'sim-replications', '4');
    await fill(page, 'sim-arrivalRate', '1.2');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-warning').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('sim-warning').textContent()).toMatch(
      /部门经理 is busy \d+ % of the time/,
    );
    // Over an open horizon its queue would grow without end: refused with the engine's reason, as the CLI does.
    await panel.getByLabel('a span of time').check();
    await fill(page, 'sim-horizon', '10d');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-problems').waitFor();
    expect(await page.getByTestId('sim-problems').textContent()).toMatch(
      /cannot be simulated yet.*deptManager.*would be busy \d+ %/,
    );
    // One more person in that role, in the scenario only, and it runs without a warning.
    await panel.getByText('People per role').click();
    await page.locator('#sim-capacity-deptManager').fill('2');
    await page.getByTestId('sim-run').click();
    await expect.poll(() => page.getByTestId('sim-warning').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.getByTestId('sim-problems').count()).toBe(0);
    await page.locator('#sim-capacity-deptManager').fill('');
    await fill(page, 'sim-arrivalRate', '1');
    await panel.getByLabel('a number of cases').check();

    // A small scenario: 300 cases × 4 replications finishes in well under a few seconds.
    await fill(page, 'sim-cases', '300');
    await fill(page, 'sim-replications', '4');
    await watchProgress(page);
    await page.getByTestId('sim-run').click();
    // The earlier results stay visible while this run goes: wait until it has shown progress and ended.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress))
      .toBe(true);
    await expect.poll(() => page.getByTestId('sim-progress').count(), { timeout: 30_000 }).toBe(0);
    await page.getByTestId('sim-results').waitFor();
    expect(await page.getByTestId('sim-done').textContent()).toMatch(
      /^4 replications, 1,200 cases, [\d,]+ events in [\d.]+ s \(\d workers?\)\.$/,
    );

    // Key figures with 95 % intervals, and waits per step.
    const summary = page.getByTestId('sim-summary');
    expect(await summary.locator('tbody tr').count()).toBe(9);
    expect(await summary.locator('tbody tr').first().textContent()).toMatch(
      /Cycle time, mean[\d.,]+ (min|h|d) \([\d.,]+ – [\d.,]+ (min|h|d)\)/,
    );
    expect(await page.getByTestId('sim-step-waits').locator('tbody tr').count()).toBeGreaterThan(5);

    // Three charts, each drawn with its data and axis titles in minutes/hours/days.
    for (const id of ['sim-chart-cycle', 'sim-chart-utilization', 'sim-chart-overtime']) {
      await page.getByTestId(id).locator('svg.recharts-surface').first().waitFor();
    }
    expect(
      await page.getByTestId('sim-chart-cycle').locator('.recharts-bar-rectangle').count(),
    ).toBeGreaterThan(5);
    expect(await page.getByTestId('sim-chart-cycle').textContent()).toMatch(
      /Cycle time \((minutes|hours|days)\)/,
    );
    expect(
      await page.getByTestId('sim-chart-utilization').locator('.recharts-bar-rectangle').count(),
    ).toBe(6);
    expect(
      await page.getByTestId('sim-chart-overtime').locator('.recharts-line').count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('sim-chart-overtime').textContent()).toMatch(
      /Simulated time \((minutes|hours|days)\)/,
    );
    // The charts fit the side panel.
    const panelBox = (await side.boundingBox())!;
    for (const id of ['sim-chart-cycle', 'sim-chart-utilization', 'sim-chart-overtime']) {
      const box = (await page
        .getByTestId(id)
        .locator('svg.recharts-surface')
        .first()
        .boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(panelBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
    }

    // Waits on the canvas, through the shared heat overlay.
    await page.getByTestId('sim-heat').click();
    await page.getByTestId('heat-legend').waitFor();
    expect(await page.getByTestId('heat-legend').textContent()).toContain(
      'Simulated wait per step',
    );
    expect(await page.locator('.fs-heat-ring').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/simulation-en.png' });
    await side.screenshot({ path: 'test-results/simulation-panel-en.png' });
    await page.getByTestId('sim-chart-cycle').scrollIntoViewIfNeeded();
    await page.mouse.move(5, 5);
    await side.screenshot({ path: 'test-results/simulation-charts-en.png' });
    await page.getByTestId('sim-chart-overtime').scrollIntoViewIfNeeded();
    await side.screenshot({ path: 'test-results/simulation-overtime-en.png' });
    await page.getByTestId('sim-heat').click();
    await expect.poll(() => page.getByTestId('heat-legend').count()).toBe(0);

    // A long run: progress moves, cancel stops it, and the page answers at once.
    await fill(page, 'sim-cases', '2000000');
    await fill(page, 'sim-replications', '4');
    await page.getByTestId('sim-run').click();
    const progress = page.getByTestId('sim-progress');
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('sim-cancel').click();
    await page.getByTestId('sim-cancelled').waitFor();
    expect(await progress.count()).toBe(0);
    // The earlier results stay; a new small run completes, so the workers were freed.
    await fill(page, 'sim-cases', '200');
    await page.getByTestId('sim-run').click();
    await expect
      .poll(() => page.getByTestId('sim-done').textContent(), { timeout: 30_000 })
      .toMatch(/^4 replications, 800 cases/);
    trap.expectClean();
  });

  it('compares the to-be with its as-is side by side, with paired intervals, in Chinese', async () => {
    const { page, trap } = await app.open({
      viewport: { width: 1500, height: 950 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    await openExample(page, 'purchase-approval-to-be', 'fillPr');
    await page.locator('.fs-lang').selectOption('zh-CN');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /仿真/ }).click();
    // The to-be's derivedFrom picks its as-is.
    const compare = page.getByTestId('sim-compare');
    expect(await compare.locator('option:checked').textContent()).toBe('采购审批（现状）');
    await fill(page, 'sim-cases', '300');
    await fill(page, 'sim-replications', '5');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-results').waitFor({ timeout: 30_000 });
    const summary = page.getByTestId('sim-summary');
    expect(await summary.locator('thead th').allTextContents()).toEqual([
      '指标',
      '现状',
      '优化后',
      '变化（95% 置信区间）',
    ]);
    const cycle = await summary.locator('tbody tr').first().locator('td').allTextContents();
    expect(cycle).toHaveLength(3);
    // The to-be is much faster; the paired interval is entirely below zero.
    expect(cycle[2]).toMatch(/^−[\d.,]+ (分钟|小时|天) \(−[\d.,]+ – −[\d.,]+ (分钟|小时|天)\)$/);
    expect(await summary.locator('tbody tr').first().locator('td.is-significant').count()).toBe(1);
    expect(await page.getByTestId('sim-chart-cycle').textContent()).toMatch(
      /周期时间（(分钟|小时|天)）/,
    );
    expect(await page.getByTestId('sim-chart-cycle').locator('.recharts-legend-item').count()).toBe(
      2,
    );
    expect(await page.getByTestId('sim-chart-utilization').textContent()).toContain('利用率（%）');
    await side.screenshot({ path: 'test-results/simulation-compare-zh.png' });
    await page.getByTestId('sim-chart-utilization').scrollIntoViewIfNeeded();
    await page.mouse.move(5, 5);
    await side.screenshot({ path: 'test-results/simulation-charts-zh.png' });
    await page.getByTestId('sim-step-waits').scrollIntoViewIfNeeded();
    await side.screenshot({ path: 'test-results/simulation-waits-zh.png' });
    // Waits on the canvas are those of the open document (the to-be).
    await page.getByTestId('sim-heat').click();
    expect(await page.getByTestId('heat-legend').textContent()).toContain(
      '仿真等待时间：采购审批（优化后）',
    );
    expect(await page.locator('.fs-heat-ring[data-heat-step="threeWayMatch"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/simulation-zh.png' });
    trap.expectClean();
  });
});
