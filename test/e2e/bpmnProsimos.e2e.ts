/**
 * A Prosimos scenario in the app: File → "Import BPMN with Prosimos parameters…" takes the BPMN
 * and then its parameters JSON (the credit-application model of ../shared/simulation-parity):
 * the process opens with Prosimos's pools as roles; a parameters file of the wrong shape opens
 * nothing and lists its problems by JSON path.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { writeTemp } from './harness/fixtures';

const parity = join(import.meta.dirname, '../../../shared/simulation-parity');
const app = appSuite();

async function importWithProsimos(page: Page, bpmn: string, params: string) {
  const first = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.locator('[role="menuitem"][data-action="bpmn.importProsimos"]').click();
  await (await first).setFiles(bpmn);
  const second = page.waitForEvent('filechooser');
  await (await second).setFiles(params);
}

describe('BPMN import with Prosimos parameters', () => {
  it('opens the credit application with its pools as roles and the import report', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    await importWithProsimos(
      page,
      join(parity, 'Credit_Application_Simulation.bpmn'),
      join(parity, 'm3-credit.prosimos.json'),
    );
    const report = page.getByTestId('bpmn-report');
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await report.textContent()).toContain('Credit_Application_Simulation.bpmn');
    await expect
      .poll(() => page.getByText('credit_officer_1', { exact: true }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // Prosimos's pools are the lanes; the file's own QBP resources (Clerk_1…) leave none empty.
    const lanes = await page.getByTestId('lane-headers').innerText();
    expect(lanes).not.toMatch(/Clerk_1|Credit_Officer_1/);
    expect(lanes).toMatch(/clerk/);
    // The file names no process: it opens under the file's name, not its id `sid-e138…`.
    expect(await page.getByTestId('doc-name').textContent()).toBe('Credit_Application_Simulation');
    trap.expectClean();
    await context.close();
  });

  it('refuses a parameters file of the wrong shape, naming the JSON path', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const before = await page.getByTestId('doc-name').textContent();
    const bad = await writeTemp('bad.prosimos.json', {
      task_resource_distribution: [{ task_id: 'x', resources: [{ resource_id: 'ghost' }] }],
    });
    await importWithProsimos(page, join(parity, 'gateway_condition_xor_model.bpmn'), bad);
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await problems.textContent()).toContain(
      'task_resource_distribution[0].resources[0].resource_id',
    );
    expect(await page.getByTestId('doc-name').textContent()).toBe(before);
    trap.expectClean();
    await context.close();
  });
});
