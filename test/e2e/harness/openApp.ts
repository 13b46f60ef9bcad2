/**
 * Opens the app in a fresh browser context (its own IndexedDB) with the console trap on.
 * `filePickers: false` removes the File System Access pickers so open/save use the file input
 * and downloads, which Playwright can drive.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { trapConsole, type ConsoleTrap } from './consoleTrap';

/** A page of the app with its context and error trap. */
export interface AppPage {
  context: BrowserContext;
  page: Page;
  trap: ConsoleTrap;
}

/** Opens `url` in a new context, waits until the editor is ready. */
export async function openApp(
  browser: Browser,
  url: string,
  options: {
    locale?: string;
    filePickers?: boolean;
    context?: BrowserContext;
    viewport?: { width: number; height: number };
  } = {},
): Promise<AppPage> {
  const context =
    options.context ??
    (await browser.newContext({
      locale: options.locale ?? 'en-US',
      acceptDownloads: true,
      viewport: options.viewport ?? { width: 1400, height: 860 },
    }));
  if (options.filePickers === false) {
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
  }
  const page = await context.newPage();
  // Turn on file-chooser interception now: `page.waitForEvent('filechooser')` turns it on
  // asynchronously, so a shortcut pressed right after could open a native chooser that headless
  // Chromium cancels at once (seen: 3 in 15 Ctrl+O right after the page opened).
  page.on('filechooser', () => {});
  const trap = trapConsole(page);
  await page.goto(url);
  await page.locator('.react-flow__pane').waitFor();
  return { context, page, trap };
}
