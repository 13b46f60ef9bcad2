import type { Page } from 'playwright-core';
import { stepNode, zoomOutUntilVisible } from './driver';

/**
 * Opens example `id` (its file name without `.flow.json`) from File → Examples and, when
 * `stepId` is given, zooms out until that step is on the canvas.
 */
export async function openExample(page: Page, id: string, stepId?: string): Promise<void> {
  await page.locator('[data-menu="file"]').click();
  await page.getByRole('menuitem', { name: /Examples|示例/ }).click();
  await page.locator(`[data-example="${id}"]`).click();
  if (!stepId) return;
  // The map opens at a legible zoom from its start event: as a user would, zoom out ("-") until
  // a step further along the flow is in view.
  await page.locator('.react-flow__node-step').first().waitFor();
  await page.waitForTimeout(300);
  await zoomOutUntilVisible(page, stepId);
  await stepNode(page, stepId).waitFor();
}
