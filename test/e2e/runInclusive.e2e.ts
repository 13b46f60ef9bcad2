/**
 * The run mode at an inclusive (OR) split: people tick one or more ways and take them together
 * (CHOOSE with flowIds), the join waits for exactly those, and the audit trail names the ways
 * taken; an OR split whose conditions lack case data asks for it like an xor. In English and
 * Chinese, with no console error.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { writeTemp } from './harness/fixtures';

const app = appSuite();

/** Claim checks: an inclusive split (medical, police, or by default a standard check) and its join. */
function claimChecks(byData: boolean) {
  const cond = (condition: string) => (byData ? { condition } : {});
  return {
    format: 'flowsmith.process',
    version: 1,
    id: byData ? 'claim-checks-data' : 'claim-checks',
    name: 'Claim checks',
    language: 'en',
    roles: [{ id: 'expert', name: 'Expert' }],
    steps: [
      { id: 'start', type: 'start', name: 'Claim in', position: { x: 60, y: 160 } },
      { id: 'checks', type: 'or', name: 'Which checks?', position: { x: 200, y: 160 } },
      {
        id: 'medical',
        type: 'task',
        name: 'Medical check',
        role: 'expert',
        position: { x: 360, y: 40 },
      },
      {
        id: 'police',
        type: 'task',
        name: 'Police report',
        role: 'expert',
        position: { x: 360, y: 160 },
      },
      {
        id: 'standard',
        type: 'task',
        name: 'Standard check',
        role: 'expert',
        position: { x: 360, y: 280 },
      },
      { id: 'checked', type: 'or', name: 'Checks done', position: { x: 540, y: 160 } },
      { id: 'end', type: 'end', name: 'Done', position: { x: 680, y: 160 } },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'checks' },
      { id: 'fMed', from: 'checks', to: 'medical', label: 'Injury', ...cond('injury') },
      { id: 'fPol', from: 'checks', to: 'police', ...cond('amount > 1000') },
      { id: 'fStd', from: 'checks', to: 'standard', default: true },
      { id: 'f5', from: 'medical', to: 'checked' },
      { id: 'f6', from: 'police', to: 'checked' },
      { id: 'f7', from: 'standard', to: 'checked' },
      { id: 'f8', from: 'checked', to: 'end' },
    ],
  };
}

/** Ticks the task `stepId` off the focused case's checklist and waits until it is gone. */
async function complete(panel: Locator, stepId: string) {
  const task = panel.locator(`[data-testid="run-case"] .fs-run-task[data-step="${stepId}"]`);
  await task.locator('input[type="checkbox"]').click();
  await task.waitFor({ state: 'detached' });
}

describe('run mode at an inclusive split', () => {
  it('takes the ticked ways together and joins exactly those', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      viewport: { width: 1500, height: 900 },
    });
    await openFile(page, await writeTemp('claim-checks.flow.json', claimChecks(false)));
    await page.locator('.react-flow__node-step[data-id="checked"]').waitFor();
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: 'Run', exact: true }).click();
    const panel = side.locator('.fs-run');
    await panel.getByRole('button', { name: /Start case/ }).click();
    const view = panel.getByTestId('run-case');

    const decision = view.locator('.fs-run-decision[data-step="checks"][data-inclusive="true"]');
    await decision.waitFor();
    expect(await decision.locator('.fs-run-way').allTextContents()).toEqual([
      'Injury · to Medical check',
      'Police report',
    ]);
    const take = decision.getByTestId('run-take-ticked');
    expect(await take.isDisabled()).toBe(true);
    await decision.getByLabel('Injury').check();
    await decision.getByLabel('Police report').check();
    await page.screenshot({ path: 'test-results/run-inclusive-en.png' });
    await take.click();

    await view.locator('.fs-run-task[data-step="medical"]').waitFor();
    await view.locator('.fs-run-task[data-step="police"]').waitFor();
    expect(await view.locator('.fs-run-task[data-step="standard"]').count()).toBe(0);
    const audit = view.getByTestId('run-audit');
    expect(
      await audit.locator('tr[data-step="checks"][data-outcome="took-flows"]').textContent(),
    ).toContain('took “Injury”, “Police report”');
    // The join waits for both branches the split started.
    await complete(panel, 'police');
    expect(await view.getByTestId('run-done').count()).toBe(0);
    await complete(panel, 'medical');
    await view.getByTestId('run-done').waitFor();
    expect(await audit.locator('tr[data-step="checked"][data-outcome="joined"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/run-inclusive-done-en.png' });

    // A second case takes the default way alone.
    await panel.getByRole('button', { name: /Start case/ }).click();
    await expect.poll(() => view.getAttribute('data-case')).toBe('2');
    await view
      .locator('.fs-run-decision[data-step="checks"]')
      .getByRole('button', { name: 'Standard check' })
      .click();
    await view.locator('.fs-run-task[data-step="standard"]').waitFor();
    trap.expectClean();
    await context.close();
  });

  it('asks for the data an inclusive split lacks, in Chinese', async () => {
    const { page, trap, context } = await app.open({
      filePickers: false,
      locale: 'zh-CN',
      viewport: { width: 1500, height: 900 },
    });
    await openFile(page, await writeTemp('claim-checks-data.flow.json', claimChecks(true)));
    await page.locator('.react-flow__node-step[data-id="checked"]').waitFor();
    const side = page.locator('.fs-side');
    await side.getByRole('tab', { name: '运行', exact: true }).click();
    const panel = side.locator('.fs-run');
    await panel.locator('input[data-name="amount"]').fill('5000');
    await panel.getByRole('button', { name: /开始案例/ }).click();
    const view = panel.getByTestId('run-case');

    const ask = view.getByTestId('run-needs-data');
    await ask.waitFor();
    expect(await ask.getAttribute('data-step')).toBe('checks');
    await ask.getByLabel('injury').fill('true');
    await page.screenshot({ path: 'test-results/run-inclusive-data-zh.png' });
    await ask.getByRole('button', { name: '判断' }).click();
    await view.locator('.fs-run-task[data-step="medical"]').waitFor();
    await view.locator('.fs-run-task[data-step="police"]').waitFor();
    const audit = view.getByTestId('run-audit');
    expect(
      await audit.locator('tr[data-step="checks"][data-outcome="took-flows"]').textContent(),
    ).toContain('走“Injury”、“Police report”');
    trap.expectClean();
    await context.close();
  });
});
