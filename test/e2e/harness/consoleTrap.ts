/**
 * Collects console errors and uncaught page errors so a test can fail on any of them. Call
 * `expectClean()` at the end of a test (or in afterEach).
 */
import type { Page } from 'playwright-core';

/** The errors seen on a page so far. */
export interface ConsoleTrap {
  errors: string[];
  /** Throws listing every console error and page error seen. */
  expectClean(): void;
}

/** Starts collecting errors of `page`. */
export function trapConsole(page: Page): ConsoleTrap {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return {
    errors,
    expectClean() {
      if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    },
  };
}
