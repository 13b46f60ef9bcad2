/**
 * Comparing as-is and to-be as a workshop does it: open the purchase example (as-is), create a
 * to-be as a copy, remove a step and merge two in the copy, see the change list and the KPI
 * table follow, open the maps side by side and the role timeline, and export the report. No
 * console error on the way.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { connect, selectStep, stepNode, zoomOutUntilVisible } from './harness/driver';

const app = appSuite();

describe('compare panel', () => {
  it('creates a to-be copy, follows its edits in the diff and KPIs, shows maps and timeline, exports', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-as-is', 'mgrRecheck');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'Compare', exact: true }).click();
    const panel = side.locator('.fs-compare');
    await expect.poll(() => panel.innerText()).toContain('No other process');

    // A to-be as a copy: opened, paired with its as-is, no differences yet.
    await panel.getByTestId('compare-copy').click();
    const partner = panel.getByTestId('compare-partner');
    await expect
      .poll(() =>
        partner.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''),
      )
      .toContain('采购审批（现状）');
    await expect.poll(() => panel.innerText()).toContain('No differences.');
    await expect.poll(() => panel.getByTestId('kpi-steps').innerText()).toBe('13');

    // Remove the manager's second check, then merge the finance invoice check into payment.
    await selectStep(page, 'mgrRecheck');
    await page.keyboard.press('Delete');
    await expect.poll(() => stepNode(page, 'mgrRecheck').count()).toBe(0);
    // Zoomed out until the steps at the map's far end can be clicked (Fit stays legible).
    await zoomOutUntilVisible(page, 'financeInvoice');
    // …and the flow that bypasses the removed check.
    await connect(page, 'rfq', 'r', 'amountCheck', 'l');
    await selectStep(page, 'financeInvoice');
    await selectStep(page, 'pay', { shift: true });
    await page.locator('[data-menu="edit"]').click();
    await page.getByRole('menuitem', { name: 'Merge selected steps' }).click();
    // steps.merge keeps the first step (in flow order) and folds the next into it.
    await expect.poll(() => stepNode(page, 'pay').count()).toBe(0);

    const changes = panel.getByTestId('compare-changes');
    await expect.poll(() => changes.innerText()).toContain('Removed step “部门经理复核”');
    await expect
      .poll(() => changes.innerText())
      .toContain('Added flow “询价比价” → “金额是否超过 5 万元”');
    await expect
      .poll(() => changes.innerText())
      .toContain('Merged “财务核对发票”, “财务付款” into');
    await expect.poll(() => panel.getByTestId('kpi-steps').innerText()).toBe('11');
    await panel.getByTestId('compare-attribution').waitFor();
    await page.screenshot({ path: 'test-results/compare-panel.png' });

    // A change line selects its step on the canvas.
    await page.keyboard.press('Escape');
    await changes.locator('li[data-change="merged"] button').click();
    await expect
      .poll(() => stepNode(page, 'financeInvoice').getAttribute('class'))
      .toContain('selected');

    // Maps side by side, then the role timeline.
    await panel.getByTestId('compare-open-maps').click();
    const maps = page.getByTestId('compare-maps');
    await expect.poll(() => maps.locator('img').count()).toBe(2);
    await page.screenshot({ path: 'test-results/compare-maps.png' });
    await page.locator('dialog[open] .fs-dialog-head button').click();
    await panel.getByTestId('compare-open-timeline').click();
    const timeline = page.getByTestId('compare-timeline');
    await timeline.locator('img').first().waitFor();
    // A simulated case, both processes run in a worker with the same seed; then another case.
    await timeline.getByTestId('compare-simulate-case').click();
    await timeline.getByTestId('compare-simulated-case').waitFor({ timeout: 20_000 });
    const caseSelect = timeline.getByTestId('compare-case');
    const first = await caseSelect.inputValue();
    const other = await caseSelect.locator('option').nth(0).getAttribute('value');
    await caseSelect.selectOption(other!);
    expect(await caseSelect.inputValue()).not.toBe(first);
    await page.screenshot({ path: 'test-results/compare-timeline.png' });
    await page.locator('dialog[open] .fs-dialog-head button').click();

    // The report: standalone HTML, no scripts, with the change list.
    const event = page.waitForEvent('download');
    await panel.getByTestId('compare-export').click();
    const download = await event;
    const html = await readFile(await download.path(), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Process improvement report');
    expect(html).toContain('Recommendation');
    expect(html).toContain('部门经理复核');
    expect(html).not.toContain('<script');

    trap.expectClean();
    await context.close();
  });

  it('pairs the example as-is and to-be by derivedFrom, in Chinese', async () => {
    const { page, trap, context } = await app.open({
      locale: 'zh-CN',
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'expense-reimbursement-as-is', 'auditClaim');
    await openExample(page, 'expense-reimbursement-to-be', 'auditPost');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: '对比', exact: true }).click();
    const panel = side.locator('.fs-compare');
    const changes = panel.getByTestId('compare-changes');
    await expect
      .poll(() => changes.innerText())
      .toContain('将「财务审核单据」、「录入记账凭证」合并为「财务审核并生成凭证」');
    expect(await panel.innerText()).toContain('关键指标');
    await panel.locator('input[type="checkbox"]').check();
    await expect
      .poll(() => page.locator('[data-diff-step="auditPost"]').getAttribute('data-diff-status'))
      .toBe('merged');
    await page.screenshot({ path: 'test-results/compare-zh.png' });
    trap.expectClean();
    await context.close();
  });
});
