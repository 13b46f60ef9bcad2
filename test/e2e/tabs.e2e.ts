/**
 * Two tabs on the same process: a tab with nothing pending follows the other's saves; when both
 * changed it, the second is told and chooses — nothing is silently overwritten.
 */
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/appSuite';
import { clickPalette, waitSaved } from './harness/driver';

const app = appSuite();

async function rename(page: import('playwright-core').Page, name: string) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByTestId('process-name').fill(name);
  await page.getByTestId('process-name').press('Enter');
}

describe('two tabs', () => {
  it('follows the other tab, and stops a silent overwrite when both changed the process', async () => {
    const a = await app.open();
    await clickPalette(a.page, 'task');
    await waitSaved(a.page);
    const b = await app.open({ context: a.context });
    await expect.poll(() => b.page.locator('.react-flow__node-step').count()).toBe(1);

    // Only A changes it: B follows.
    await rename(a.page, 'Version A');
    await waitSaved(a.page);
    await expect.poll(() => b.page.getByTestId('doc-name').textContent()).toBe('Version A');

    // Both change it; A saves first.
    await rename(a.page, 'Version A2');
    await rename(b.page, 'Version B');
    await waitSaved(a.page);
    const alert = b.page.locator('.fs-conflict');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('changed in another tab');
    expect(await b.page.getByTestId('save-status').getAttribute('data-state')).not.toBe('saved');
    await b.page.screenshot({ path: 'test-results/conflict.png' });

    // B keeps its version as a copy; A's stays.
    await alert.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await waitSaved(b.page);
    expect(await b.page.getByTestId('doc-name').textContent()).toBe('Version B');
    expect(await a.page.getByTestId('doc-name').textContent()).toBe('Version A2');
    await b.page.getByRole('button', { name: 'My processes…' }).click();
    await expect
      .poll(() => b.page.locator('.fs-doc-list tbody tr td:first-child button').allTextContents())
      .toEqual(expect.arrayContaining(['Version A2', 'Version B']));
    a.trap.expectClean();
    b.trap.expectClean();
    await a.context.close();
  });
});
