import { defineConfig } from 'vitest/config';

// Unit and cross-package tests. End-to-end tests in real Chromium live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 30_000,
    setupFiles: ['test/setup/fastCheck.ts'],
  },
});
