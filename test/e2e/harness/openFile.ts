import type { Page } from 'playwright-core';

/** Opens the file at `path` with Ctrl+O, as a user would (the app must use the file input). */
export async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(path);
}
