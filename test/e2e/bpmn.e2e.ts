/**
 * BPMN in the app: import a real model from another modeler (the OMG MIWG reference C.1.0 and a
 * Camunda example), read its warnings, see the same process on the canvas and in the bpmn-js view,
 * export it as BPMN and check the file; a file that is not BPMN opens nothing and says why.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { appSuite } from './harness/appSuite';
import { openExample } from './harness/openExample';
import { writeTemp } from './harness/fixtures';

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const app = appSuite();

async function runFileAction(page: Page, actionId: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.locator(`[role="menuitem"][data-action="${actionId}"]`).click();
}

async function importBpmn(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await runFileAction(page, 'bpmn.import');
  await (await chooser).setFiles(path);
}

describe('BPMN import, view and export', () => {
  it('imports the MIWG C.1.0 model, lists its warnings and draws it in bpmn-js', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    await importBpmn(page, join(corpus, 'bpmn-miwg-test-suite/Reference/C.1.0.bpmn'));
    const report = page.getByTestId('bpmn-report');
    await expect.poll(() => report.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await report.textContent()).toContain('C.1.0.bpmn');
    // The canvas shows the imported steps.
    expect(await page.locator('.react-flow__node-step').count()).toBeGreaterThan(5);
    // The BPMN view draws the same process, with the bpmn.io watermark kept.
    const view = page.getByTestId('bpmn-view');
    await expect.poll(() => view.getAttribute('data-status'), { timeout: 30_000 }).toBe('drawn');
    expect(await view.locator('.djs-element.djs-shape').count()).toBeGreaterThan(5);
    expect(await view.locator('.bjs-powered-by').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'bpmn-js reported' }).count()).toBe(0);
    await page.screenshot({
      path: join(import.meta.dirname, '../../test-results/bpmn-miwg-c1.png'),
    });
    trap.expectClean();
    await context.close();
  });

  it('exports the open process as BPMN that re-imports with its tasks and lanes', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    await importBpmn(
      page,
      join(
        corpus,
        'camunda-bpm-examples/deployment/embedded-spring-rest/src/main/resources/loanApproval.bpmn',
      ),
    );
    await expect
      .poll(() => page.getByTestId('bpmn-report').isVisible(), { timeout: 30_000 })
      .toBe(true);
    const download = page.waitForEvent('download');
    await runFileAction(page, 'bpmn.export');
    const xml = await readFile(await (await download).path(), 'utf8');
    expect(xml).toContain('bpmn:definitions');
    expect(xml).toContain('bpmndi:BPMNDiagram');
    expect(xml).toMatch(/flowsmith/);
    trap.expectClean();
    await context.close();
  });

  it('draws every example exported as BPMN in bpmn-js without import warnings', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const examples = [
      'purchase-approval-to-be',
      'employee-onboarding',
      'it-incident-management',
      'expense-reimbursement-as-is',
    ];
    await page.getByRole('tab', { name: /BPMN/ }).click();
    for (const name of examples) {
      await openExample(page, name);
      const view = page.getByTestId('bpmn-view');
      // wait for the redraw of this document, then for it to finish
      await expect
        .poll(() => view.locator('.djs-element.djs-shape').count(), { timeout: 30_000 })
        .toBeGreaterThan(8);
      await expect.poll(() => view.getAttribute('data-status'), { timeout: 30_000 }).toBe('drawn');
      expect(
        await page.getByRole('status').filter({ hasText: 'bpmn-js reported' }).count(),
        name,
      ).toBe(0);
      expect(
        await page.getByRole('status').filter({ hasText: 'could not be drawn' }).count(),
        name,
      ).toBe(0);
    }
    await page.screenshot({
      path: join(import.meta.dirname, '../../test-results/bpmn-example.png'),
    });
    trap.expectClean();
    await context.close();
  });

  it('keeps redrawing after the worker has laid out a process without positions (elkjs worker hijack)', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const unplaced = {
      format: 'flowsmith.process',
      version: 1,
      id: 'unplaced',
      name: 'No positions',
      roles: [{ id: 'clerk', name: 'Clerk' }],
      steps: [
        { id: 's', type: 'start', name: 'Start' },
        { id: 'a', type: 'task', name: 'Check', role: 'clerk' },
        { id: 'e', type: 'end', name: 'End' },
      ],
      flows: [
        { id: 'f1', from: 's', to: 'a' },
        { id: 'f2', from: 'a', to: 'e' },
      ],
    };
    const chooser = page.waitForEvent('filechooser');
    await runFileAction(page, 'file.open');
    await (await chooser).setFiles(await writeTemp('unplaced.flow.json', unplaced));
    await page.getByRole('tab', { name: /BPMN/ }).click();
    const view = page.getByTestId('bpmn-view');
    await expect.poll(() => view.getAttribute('data-status'), { timeout: 30_000 }).toBe('drawn');
    // Rename the process and come back: a second export, laid out again in the same worker.
    await page.getByRole('tab', { name: /Inspector/ }).click();
    await page.getByTestId('process-name').fill('Renamed');
    await page.getByTestId('process-name').press('Enter');
    await page.getByRole('tab', { name: /BPMN/ }).click();
    await expect.poll(() => view.textContent(), { timeout: 30_000 }).toContain('Renamed');
    await expect.poll(() => view.getAttribute('data-status'), { timeout: 30_000 }).toBe('drawn');
    expect(await view.locator('.djs-element.djs-shape').count()).toBeGreaterThanOrEqual(3);
    trap.expectClean();
    await context.close();
  });

  it('refuses a file that is not BPMN and keeps the open document', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    const before = await page.getByTestId('doc-name').textContent();
    await importBpmn(
      page,
      await writeTemp('not-bpmn.bpmn', '<html><script>alert(1)</script></html>'),
    );
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.textContent()).toContain('not-bpmn.bpmn');
    expect(await page.getByTestId('doc-name').textContent()).toBe(before);
    trap.expectClean();
    await context.close();
  });
});
