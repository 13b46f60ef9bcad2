/**
 * One test file's app: the built app served on 127.0.0.1 and Chromium, started before the file's
 * tests and stopped after them. `open` opens the app in a fresh browser context (see `openApp`).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { openApp, type AppPage } from './openApp';
import { startStaticServer, type StaticServer } from './staticServer';

/** What a test file uses of its suite. */
export interface AppSuite {
  open(options?: Parameters<typeof openApp>[2]): Promise<AppPage>;
}

/** Registers the file's beforeAll/afterAll and returns the suite. Call once, at the top level. */
export function appSuite(): AppSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open(options) {
      if (!server || !browser) throw new Error('appSuite: open() before the suite started');
      return openApp(browser, server.url, options);
    },
  };
}
