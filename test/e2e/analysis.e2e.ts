/**
 * The analysis in the app, as a user drives it: open the purchase-approval as-is example, open
 * the analysis panel, find the bottleneck and the redundant approval, click through to the steps,
 * switch the heat map on, apply a suggestion and undo it (one step), create the to-be and see it
 * open with its change list; the same panel in Chinese; what the estimate excludes and how far a
 * simulation of the same document was from it. No console error on the way.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateProcess } from '@flowsmith/model';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { sizeText, stepNode } from './harness/driver';

const app = appSuite();

/** The number of steps in the status bar (the canvas renders only the visible ones). */
const stepCount = async (page: Page) => Number(/(\d+)/.exec(await sizeText(page))![1]);

describe('analysis panel', () => {
  it('finds the waste in the purchase approval, shows it on the map, applies and undoes a suggestion, and derives the to-be', async () => {
    const { page, trap, context } = await app.open({
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const steps = await stepCount(page);
    const side = page.locator('.fs-side');

    await side.getByRole('tab', { name: /Analysis/ }).click();
    const panel = side.locator('.fs-analysis');
    await panel.locator('[data-finding="bottleneck"]').first().waitFor();
    expect(await panel.locator('[data-finding="redundant-approval"]').count()).toBeGreaterThan(0);
    // Ranked by impact (issue 13): the department manager's queue comes first, with its impact.
    expect(await panel.locator('.fs-finding').first().getAttribute('data-finding')).toBe(
      'bottleneck',
    );
    expect(await panel.getByTestId('finding-impact').first().textContent()).toMatch(
      /Impact: lead time [\d.]+ (min|h|d) per case/,
    );
    await page.screenshot({ path: 'test-results/analysis-impact-en.png' });
    await expect
      .poll(() => panel.getByTestId('figure-cycleTime').textContent())
      .toMatch(/Cycle time\s*[\d.]+ (min|h|d)/);
    expect(await panel.locator('.fs-analysis-bar-row').count()).toBeGreaterThan(1);

    // Click-through: the finding's steps are selected on the canvas.
    const redundant = panel.locator('[data-finding="redundant-approval"]').first();
    expect(await redundant.locator('.fs-finding-message').textContent()).toContain('部门经理复核');
    await redundant.locator('.fs-finding-message').click();
    await expect
      .poll(() => stepNode(page, 'mgrRecheck').getAttribute('class'))
      .toContain('selected');
    await expect
      .poll(() => stepNode(page, 'mgrApprove').getAttribute('class'))
      .toContain('selected');

    // Waste badges sit on the redundant steps.
    await page.locator('[data-badge-step="mgrRecheck"]').waitFor();

    // Heat map: every task ringed, with a legend.
    await panel.getByRole('radio', { name: 'Utilisation' }).click();
    await page.getByTestId('heat-legend').waitFor();
    expect(await page.locator('.fs-heat-ring').count()).toBeGreaterThan(5);
    expect(
      await page.locator('.fs-heat-ring[data-heat-step="mgrApprove"] .fs-heat-tag').textContent(),
    ).toBe('91%');
    await page.getByTestId('heat-legend').screenshot({ path: 'test-results/analysis-legend.png' });
    await page.screenshot({ path: 'test-results/analysis-en.png' });

    // Apply a suggestion after seeing its predicted effect; one undo brings everything back.
    const size = await sizeText(page);
    await redundant.locator('summary').click();
    const suggestion = redundant.locator('.fs-suggestion').first();
    await suggestion.locator('.fs-effect--better').first().waitFor();
    expect(await suggestion.locator('.fs-effect').count()).toBe(4);
    await suggestion.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => stepCount(page)).toBe(steps - 1);
    await expect.poll(() => stepNode(page, 'mgrRecheck').count()).toBe(0);
    // The analysis follows the map: the second approval is no longer a finding.
    await expect
      .poll(() =>
        panel
          .locator('[data-finding="redundant-approval"] .fs-finding-message', {
            hasText: '部门经理复核',
          })
          .count(),
      )
      .toBe(0);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => stepCount(page)).toBe(steps);
    expect(await sizeText(page)).toBe(size);
    await expect
      .poll(() =>
        panel
          .locator('[data-finding="redundant-approval"] .fs-finding-message', {
            hasText: '部门经理复核',
          })
          .count(),
      )
      .toBe(1);

    // A badge leads back to its finding, from whatever panel is open.
    await side.getByRole('tab', { name: /Inspector/ }).click();
    await page.locator('[data-badge-step="mgrApprove"]').click();
    await panel.locator('.fs-finding.is-focused').waitFor();
    expect(await panel.locator('.fs-finding.is-focused').getAttribute('data-finding')).toBe(
      'redundant-approval',
    );
    await panel.locator('.fs-finding.is-focused .fs-suggestion').first().waitFor();

    // RACI: a cell change is an ordinary undoable edit.
    await panel.getByRole('tab', { name: 'RACI' }).click();
    const cell = panel.getByLabel('财务会计 on “部门经理审批”');
    expect(await cell.inputValue()).toBe('');
    expect(await panel.getByLabel('部门经理 on “部门经理审批”').inputValue()).toBe('RA');
    await cell.selectOption('I');
    await expect.poll(() => cell.inputValue()).toBe('I');
    await panel.screenshot({ path: 'test-results/analysis-raci-en.png' });
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell.inputValue()).toBe('');
    await panel.getByRole('tab', { name: 'Findings' }).click();

    // Create the to-be: a new document beside the as-is, with the list of changes and why.
    await panel.getByRole('button', { name: /Create to-be/ }).click();
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('采购审批（优化后）');
    await panel.locator('.fs-tobe-change').first().waitFor();
    expect(await panel.locator('.fs-tobe-change').count()).toBeGreaterThan(1);
    expect(await panel.locator('.fs-tobe-why').first().textContent()).toMatch(/^Why: /);
    await expect.poll(() => stepCount(page)).toBeLessThan(steps);
    await page.locator('[data-menu="file"]').click();
    await page.getByRole('menuitem', { name: 'My processes…' }).click();
    await expect
      .poll(() => page.locator('.fs-doc-list').textContent())
      .toContain('采购审批（现状）');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'test-results/analysis-to-be-en.png' });

    // In Chinese: labels and findings both switch.
    await page.locator('.fs-lang').selectOption('zh-CN');
    await expect
      .poll(() => panel.locator('.fs-analysis-kind-title').first().textContent())
      .toMatch(/[\u4e00-\u9fff]/);
    await expect
      .poll(() => panel.locator('.fs-tobe .fs-subtitle').textContent())
      .toBe('优化方案中的修改');
    await expect
      .poll(() => panel.locator('.fs-tobe-what').first().textContent())
      .toMatch(/^删除「/);
    expect(await panel.locator('.fs-tobe-why').first().textContent()).toMatch(/^原因：「/);
    await page.screenshot({ path: 'test-results/analysis-to-be-zh.png' });

    trap.expectClean();
    await context.close();
  });

  it('shows the as-is findings and heat in Chinese', async () => {
    const { page, trap, context } = await app.open({
      locale: 'zh-CN',
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /分析/ }).click();
    const panel = side.locator('.fs-analysis');
    await panel.locator('[data-finding="bottleneck"]').first().waitFor();
    expect(
      await panel.locator('[data-finding="bottleneck"] .fs-finding-message').first().textContent(),
    ).toContain('瓶颈');
    await panel.getByRole('radio', { name: '预计等待' }).click();
    await page.getByTestId('heat-legend').waitFor();
    expect(await page.getByTestId('heat-legend').textContent()).toContain('预计等待');
    await panel.locator('[data-finding="redundant-approval"] summary').first().click();
    await panel.locator('.fs-suggestion .fs-effect').first().waitFor();
    await panel.locator('[data-finding="bottleneck"] .fs-finding-message').first().click();
    await expect
      .poll(() => stepNode(page, 'mgrApprove').getAttribute('class'))
      .toContain('selected');
    await page.waitForTimeout(400); // the centring animation
    await page.screenshot({ path: 'test-results/analysis-zh.png' });
    trap.expectClean();
    await context.close();
  });

  it('says what the estimate excludes and how far the last simulation was from it', async () => {
    // One clerk Mon–Fri 09–17, cases around the clock, a pay run in batches of 2 (issue 18 item 8).
    const doc = {
      format: 'flowsmith.process',
      version: 1,
      id: 'mon-fri',
      name: 'Mon–Fri office',
      calendars: [
        {
          id: 'office',
          week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
        },
      ],
      roles: [{ id: 'clerk', name: 'Clerk', capacity: 1, calendar: 'office' }],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'Request',
          arrival: { interarrival: { dist: 'exponential', mean: 60 } },
        },
        {
          id: 'handle',
          type: 'task',
          name: 'Handle',
          role: 'clerk',
          duration: { dist: 'exponential', mean: 10 },
          batch: { size: 2 },
        },
        { id: 'end', type: 'end', name: 'Done' },
      ],
      flows: [
        { id: 'f1', from: 'start', to: 'handle' },
        { id: 'f2', from: 'handle', to: 'end' },
      ],
    };
    const file = join(await mkdtemp(join(tmpdir(), 'flowsmith-')), 'mon-fri.flow.json');
    await writeFile(file, JSON.stringify(doc));
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-menu="file"]').click();
    await page.getByRole('menuitem', { name: /^Open file/ }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => stepCount(page)).toBe(3);
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /Analysis/ }).click();
    const panel = side.locator('.fs-analysis');
    await expect
      .poll(() => panel.getByTestId('analysis-scope').textContent())
      .toMatch(/The estimate excludes: batches beyond the gathering wait/);
    // Run a small simulation, then the analysis panel says how far it was from the estimate.
    await side.getByRole('tab', { name: /Simulation/ }).click();
    await page.getByTestId('sim-cases').fill('300');
    await page.getByTestId('sim-replications').fill('2');
    await page.getByTestId('sim-run').click();
    await page.getByTestId('sim-results').waitFor({ timeout: 30_000 });
    await side.getByRole('tab', { name: /Analysis/ }).click();
    await expect
      .poll(() => panel.getByTestId('analysis-simulation-diff').textContent())
      .toMatch(
        /The last simulation of this process took [\d.]+ (min|h|d) per case: \d+% (longer|shorter) than this estimate\./,
      );
    await page.screenshot({ path: 'test-results/analysis-estimate-scope.png' });
    trap.expectClean();
    await context.close();
  });

  it('analyses a big process in the worker and stays responsive', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'flowsmith-')), 'big.flow.json');
    await writeFile(file, JSON.stringify(generateProcess({ steps: 600, seed: 7 })));
    const { page, trap, context } = await app.open({ filePickers: false });
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-menu="file"]').click();
    await page.getByRole('menuitem', { name: /^Open file/ }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => stepCount(page), { timeout: 20_000 }).toBeGreaterThan(500);
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: /Analysis/ }).click();
    const panel = side.locator('.fs-analysis');
    await panel.getByText(/in the background/).waitFor();
    // While the worker runs, the page still answers.
    expect(
      await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => ok(1)))),
    ).toBe(1);
    await panel.locator('[data-finding]').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => panel.getByTestId('figure-cycleTime').textContent()).toMatch(/\d/);
    trap.expectClean();
    await context.close();
  });
});
