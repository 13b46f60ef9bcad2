/**
 * The run mode as a user drives it: open the purchase-approval to-be example, start a case with
 * amount data, tick the steps off the checklist per role, see the amount decide the branch and the
 * audit trail grow, reach the end; two cases at once with their own colours on the canvas; a
 * contract review (own fixture) with a decision people take and a timer to fast-forward; download
 * the TypeScript machine. In English and in Chinese, with no console error.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { openExample } from './harness/openExample';
import { writeTemp } from './harness/fixtures';
import { reviewWithTimer } from './runFixtures';

const app = appSuite();

/** Ticks the task `stepId` off the focused case's checklist and waits until it is gone. */
async function complete(panel: Locator, stepId: string) {
  const task = panel.locator(`[data-testid="run-case"] .fs-run-task[data-step="${stepId}"]`);
  await task.locator('input[type="checkbox"]').click();
  await task.waitFor({ state: 'detached' });
}

describe('run mode', () => {
  it('runs purchase approvals to the end, two at once, and downloads the machine', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    await openExample(page, 'purchase-approval-to-be', 'gmApprove');
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'Run', exact: true }).click();
    const panel = side.locator('.fs-run');

    // The default branch of the amount decision skips the general manager: a warning (CM-WARN).
    expect(await panel.getByTestId('run-warnings').textContent()).toContain('总经理审批');

    // Case data: a field for each name the conditions read; the JSON is checked as typed.
    await panel.locator('input[data-name="amount"]').fill('80000');
    await panel.locator('input[data-name="complete"]').fill('true');
    await panel.getByLabel('More data (JSON object)').fill('{"priority": ');
    await panel.getByRole('alert').filter({ hasText: 'Not a JSON object' }).waitFor();
    expect(await panel.getByRole('button', { name: /Start case/ }).isDisabled()).toBe(true);
    await panel.getByLabel('More data (JSON object)').fill('{"priority": "high"}');
    await panel.getByRole('button', { name: /Start case/ }).click();

    const view = panel.getByTestId('run-case');
    await view
      .locator('.fs-run-role[data-role="requester"] .fs-run-task[data-step="fillPr"]')
      .waitFor();
    // Instructions and cautions (注意事项) come with the task.
    expect(await view.locator('.fs-run-task[data-step="fillPr"] .fs-run-cautions li').count()).toBe(
      2,
    );
    // The canvas outlines the active step in the case's colour.
    await page.locator('.fs-run-ring[data-run-step="fillPr"][data-run-case="1"]').waitFor();
    await page.screenshot({ path: 'test-results/run-en.png' });

    // A second case, with a small amount: it runs beside the first, in another colour.
    await panel.locator('input[data-name="amount"]').fill('1000');
    await panel.getByRole('button', { name: /Start case/ }).click();
    await expect.poll(() => panel.locator('.fs-run-case').count()).toBe(2);
    await page.locator('.fs-run-ring[data-run-step="fillPr"][data-run-case="2"]').waitFor();
    const colours = await page
      .locator('.fs-run-ring[data-run-step="fillPr"]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).borderTopColor));
    expect(new Set(colours).size).toBe(2);
    for (const id of ['fillPr', 'autoCheck', 'mgrApprove', 'rfq']) await complete(panel, id);
    // Below 50 000 the decision skips the general manager.
    await view.locator('.fs-run-task[data-step="createPo"]').waitFor();

    // A third case without an amount: the decision waits and asks for it instead of taking its
    // default branch past the general manager (compiler SPEC.md CM-XOR-DATA).
    await panel.locator('input[data-name="amount"]').fill('');
    await panel.getByRole('button', { name: /Start case/ }).click();
    await expect.poll(() => panel.locator('.fs-run-case').count()).toBe(3);
    await expect.poll(() => view.getAttribute('data-case')).toBe('3');
    for (const id of ['fillPr', 'autoCheck', 'mgrApprove', 'rfq']) await complete(panel, id);
    const ask = view.getByTestId('run-needs-data');
    await ask.waitFor();
    expect(await view.locator('.fs-run-blocked[data-step="amountCheck"]').textContent()).toContain(
      'waits for data: amount',
    );
    await ask.getByLabel('amount').fill('60000');
    await page.screenshot({ path: 'test-results/run-needs-data-en.png' });
    await ask.getByRole('button', { name: 'Decide' }).click();
    await view.locator('.fs-run-task[data-step="gmApprove"]').waitFor();

    // Back to case 1: the amount sends it to the general manager.
    await panel.getByRole('button', { name: 'Show case 1' }).click();
    await expect.poll(() => view.getAttribute('data-case')).toBe('1');
    for (const id of [
      'fillPr',
      'autoCheck',
      'mgrApprove',
      'rfq',
      'gmApprove',
      'createPo',
      'receive',
      'threeWayMatch',
    ])
      await complete(panel, id);
    const audit = view.getByTestId('run-audit');
    expect(
      await audit.locator('tr[data-outcome="took-flow"]', { hasText: '金额 > 5万' }).count(),
    ).toBe(1);
    expect(await audit.locator('tr[data-step="gmApprove"]').textContent()).toContain('总经理');
    await complete(panel, 'pay');
    await view.getByTestId('run-done').waitFor();
    expect(await panel.locator('.fs-run-case[data-case="1"]').getAttribute('data-status')).toBe(
      'done',
    );
    expect(await panel.locator('.fs-run-case[data-case="2"]').getAttribute('data-status')).toBe(
      'running',
    );
    expect(await audit.locator('tr').last().getAttribute('data-outcome')).toBe('ended');
    expect(await page.locator('.fs-run-ring[data-run-case="1"]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/run-done-en.png' });

    // Download the machine as TypeScript.
    const download = page.waitForEvent('download');
    await panel.getByTestId('run-download-ts').click();
    const ts = await readFile(await (await download).path(), 'utf8');
    expect(ts).toMatch(/createMachine|setup\(/);
    expect(ts).toContain('"总经理审批"');
    trap.expectClean();
    await context.close();
  });

  it('takes a branch at a decision, fast-forwards a timer and downloads escaped names, in Chinese', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      locale: 'zh-CN',
      viewport: { width: 1500, height: 900 },
    });
    await openFile(page, await writeTemp('review.flow.json', reviewWithTimer));
    await page.locator('.react-flow__node-step[data-id="wait"]').waitFor();
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: '运行', exact: true }).click();
    const panel = side.locator('.fs-run');
    await panel.getByText('本流程的决策不读取案例数据。').waitFor();
    await panel.getByRole('button', { name: /开始案例/ }).click();
    const view = panel.getByTestId('run-case');
    await complete(panel, 'review');

    // People decide: a button per flow, named by its label.
    const decision = view.locator('.fs-run-decision[data-step="ok"]');
    await decision.waitFor();
    expect(await decision.locator('.fs-run-branch').allTextContents()).toEqual([
      'Yes · 到 Cooling-off period',
      'No · 到 Send back',
    ]);
    await page.locator('.fs-run-ring[data-run-step="ok"]').waitFor();
    await decision.getByRole('button', { name: /Yes/ }).click();

    // The timer waits two days until fast-forwarded.
    const timer = view.locator('.fs-run-timer[data-step="wait"]');
    expect(await timer.textContent()).toContain('2 天');
    await page.locator('.fs-run-ring[data-run-step="wait"]').waitFor();
    await page.screenshot({ path: 'test-results/run-zh.png' });
    await timer.getByRole('button', { name: /快进/ }).click();
    await view.locator('.fs-run-task[data-step="sign"]').waitFor();
    const audit = view.getByTestId('run-audit');
    expect(
      await audit.locator('tr[data-step="wait"][data-outcome="elapsed"]').textContent(),
    ).toContain('时间已到');
    expect(await audit.locator('tr[data-step="ok"]').textContent()).toContain('走“Yes”');
    await complete(panel, 'sign');
    await view.getByTestId('run-done').waitFor();
    await page.screenshot({ path: 'test-results/run-done-zh.png' });

    const download = page.waitForEvent('download');
    await panel.getByTestId('run-download-ts').click();
    const ts = await readFile(await (await download).path(), 'utf8');
    expect(ts).toMatch(/createMachine|setup\(/);
    expect(ts).toContain('Review \\"terms\\"');
    expect(ts).not.toContain('</script>');
    trap.expectClean();
    await context.close();
  });

  it('shows why a process with a structural error cannot run', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const broken = {
      ...reviewWithTimer,
      id: 'dead-end',
      flows: reviewWithTimer.flows.filter((f) => f.id !== 'f6'),
    };
    await openFile(page, await writeTemp('dead-end.flow.json', broken));
    await page.locator('.react-flow__node-step[data-id="sign"]').waitFor();
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'Run', exact: true }).click();
    const refusal = side.getByTestId('run-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('sign');
    expect(await side.getByRole('button', { name: /Start case/ }).count()).toBe(0);
    expect(await side.getByTestId('run-download-ts').isDisabled()).toBe(true);
    trap.expectClean();
    await context.close();
  });
});
