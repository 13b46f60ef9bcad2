import type { Page } from 'playwright-core';

/**
 * Opens example `id` (its file name without `.flow.json`) from File → Examples and waits until
 * step `stepId` is on the canvas, when given.
 */
export async function openExample(page: Page, id: string, stepId?: string): Promise<void> {
  await page.locator('[data-menu="file"]').click();
  await page.getByRole('menuitem', { name: /Examples|示例/ }).click();
  await page.locator(`[data-example="${id}"]`).click();
  if (stepId) await page.locator(`.react-flow__node-step[data-id="${stepId}"]`).waitFor();
}
