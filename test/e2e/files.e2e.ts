/**
 * Keeping work safe with files: open a `.flow.json`, save it with Ctrl+S and open the saved file
 * again; a broken file lists its problems and leaves the open document untouched.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { appSuite } from './harness/appSuite';
import { openFile } from './harness/openFile';
import { broken, purchase, writeTemp } from './harness/fixtures';
import { sizeText } from './harness/driver';

const app = appSuite();

describe('files', () => {
  it('opens a file, saves it with Ctrl+S and opens the saved copy again', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    await openFile(page, await writeTemp('purchase.flow.json', purchase));
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('采购审批');
    expect(await sizeText(page)).toBe('5 steps · 5 flows');

    // Rename, then save to a file (a download where the browser has no save picker).
    await page.getByTestId('process-name').fill('采购审批（已修改）');
    await page.getByTestId('process-name').press('Enter');
    const download = page.waitForEvent('download');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+s');
    const saved = await (await download).path();
    const text = await readFile(saved, 'utf8');
    const doc = JSON.parse(text) as typeof purchase;
    expect(doc.name).toBe('采购审批（已修改）');
    expect(doc.steps.map((s) => s.id)).toEqual(['s', 'a', 'g', 'b', 'e']);
    expect(doc.flows.find((f) => f.id === 'f3')).toMatchObject({
      label: '> 5万',
      condition: 'amount > 50000',
    });

    // Open the saved file: a second stored process with the same content.
    await page.getByTestId('process-name').fill('something else');
    await page.getByTestId('process-name').press('Enter');
    await openFile(page, saved);
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('采购审批（已修改）');
    expect(await sizeText(page)).toBe('5 steps · 5 flows');
    await page.getByRole('button', { name: 'My processes…' }).click();
    await expect.poll(() => page.locator('.fs-doc-list tbody tr').count()).toBe(2);
    await page.screenshot({ path: 'test-results/documents.png' });
    trap.expectClean();
    await context.close();
  });

  it('lists the problems of a broken file and keeps the open document', async () => {
    const { page, trap, context } = await app.open({ filePickers: false });
    await openFile(page, await writeTemp('purchase.flow.json', purchase));
    await expect.poll(() => page.getByTestId('doc-name').textContent()).toBe('采购审批');

    await openFile(page, await writeTemp('broken.flow.json', broken));
    const problems = page.getByTestId('problems');
    await problems.waitFor();
    const items = await problems.locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.some((t) => t.includes('id'))).toBe(true);
    expect(items.some((t) => t.includes('steps[0].role'))).toBe(true);
    await page.screenshot({ path: 'test-results/problems.png' });
    await page.keyboard.press('Escape');
    await problems.waitFor({ state: 'detached' });
    expect(await page.getByTestId('doc-name').textContent()).toBe('采购审批');
    expect(await sizeText(page)).toBe('5 steps · 5 flows');

    // A file that is not even JSON says where.
    await openFile(page, await writeTemp('garbage.flow.json', '{ "format": "flowsmith.process", '));
    await expect.poll(() => problems.locator('li').count()).toBeGreaterThan(0);
    expect(await problems.textContent()).toMatch(/line|行/i);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('doc-name').textContent()).toBe('采购审批');
    trap.expectClean();
    await context.close();
  });
});
